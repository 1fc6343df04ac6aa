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
    private volatile ResultCode failure = ResultCode.UNAVAILABLE;

    /** From now on, the n-th page of the next paged read (1 = the first) fails. */
    void failAtPage(int page) {
        failAtPage(page, ResultCode.UNAVAILABLE);
    }

    /** ... with that result, e.g. the size limit OpenLDAP applies to a bind user's whole paged search. */
    void failAtPage(int page, ResultCode result) {
        pagesAnswered.set(0);
        failure = result;
        failAtPage.set(page);
    }

    void heal() {
        failAtPage.set(-1);
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        boolean paged = request.getRequest().hasControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (paged && failAtPage.get() > 0 && pagesAnswered.incrementAndGet() >= failAtPage.get()) {
            throw new LDAPException(failure, failure == ResultCode.UNAVAILABLE
                    ? "The domain controller is shutting down" : "Administrative limit");
        }
    }
}
