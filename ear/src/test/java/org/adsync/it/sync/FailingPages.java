package org.adsync.it.sync;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.concurrent.atomic.AtomicInteger;

/** Makes the test directory fail a paged read at a chosen page, as a domain controller going away would. */
final class FailingPages extends InMemoryOperationInterceptor {

    private final AtomicInteger failAtPage = new AtomicInteger(-1);
    private final AtomicInteger pagesAnswered = new AtomicInteger();

    /** From now on, the n-th page of the next paged read (1 = the first) fails. */
    void failAtPage(int page) {
        pagesAnswered.set(0);
        failAtPage.set(page);
    }

    void heal() {
        failAtPage.set(-1);
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        boolean paged = request.getRequest().hasControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (paged && failAtPage.get() > 0 && pagesAnswered.incrementAndGet() >= failAtPage.get()) {
            throw new LDAPException(ResultCode.UNAVAILABLE, "The domain controller is shutting down");
        }
    }
}
