package org.adsync.it.cluster;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the test directory's answer after the first page of a paged search, while closed: a sync is then cut off in
 * the middle of its read, with a page already stored, as when a server dies during a long sync. A held request
 * waits at most two minutes, so that a test that forgets to open the gate fails instead of hanging.
 */
final class ContinuationGate extends InMemoryOperationInterceptor {

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger held = new AtomicInteger();

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    /** Continuation requests held since the gate closed. */
    int held() {
        return held.get();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        Control paged = request.getRequest().getControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (paged == null || gate.getCount() == 0) {
            return;
        }
        try {
            if (new SimplePagedResultsControl(paged.getOID(), paged.isCritical(), paged.getValue()).getCookie()
                    .getValueLength() > 0) {
                held.incrementAndGet();
                gate.await(2, TimeUnit.MINUTES);
            }
        } catch (com.unboundid.ldap.sdk.LDAPException notPaged) {
            // not a paged-results control the gate understands: let it through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
