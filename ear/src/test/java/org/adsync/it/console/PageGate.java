package org.adsync.it.console;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a paged read after its first page while the test says so: a sync then runs, with users read, for as long as
 * the test looks at its progress, and goes on when the test opens the gate. No guess at how long a delay must be; a
 * held page waits at most a minute, so that a test that forgets to open fails instead of hanging.
 */
final class PageGate extends InMemoryOperationInterceptor {

    private static final long MOST_SECONDS = 60;

    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** Holds every next page (not first pages) from now on, until {@link #open()}. */
    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        if (!isNextPage(request)) {
            return;
        }
        try {
            gate.await(MOST_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isNextPage(InMemoryInterceptedSearchRequest request) {
        Control control = request.getRequest().getControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (control == null) {
            return false;
        }
        try {
            return new SimplePagedResultsControl(control.getOID(), control.isCritical(), control.getValue())
                    .getCookie().getValueLength() > 0;
        } catch (LDAPException e) {
            return false;
        }
    }
}
