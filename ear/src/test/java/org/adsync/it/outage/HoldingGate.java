package org.adsync.it.outage;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds every search of the test directory that asks for a second or later page (a paged-results control with a
 * cookie) until opened: a sync has then surely read and stored its first page, and is in the middle of its read
 * while the test cuts the database. A held search waits at most a minute, so that a test that forgets to open the
 * gate fails instead of hanging.
 */
final class HoldingGate extends InMemoryOperationInterceptor {

    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** Holds the later pages from now on, until {@link #open()}. */
    void holdLaterPages() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        if (!asksForALaterPage(request)) {
            return;
        }
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean asksForALaterPage(InMemoryInterceptedSearchRequest request) {
        Control control = request.getRequest().getControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (control == null) {
            return false;
        }
        try {
            SimplePagedResultsControl paged = new SimplePagedResultsControl(control.getOID(), control.isCritical(),
                    control.getValue());
            return paged.getCookie() != null && paged.getCookie().getValueLength() > 0;
        } catch (LDAPException e) {
            return false;
        }
    }
}
