package org.adsync.it.sync;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the test directory misbehave as real servers do: fail a paged read at a chosen page, as a domain controller
 * going away would, or send every user's entry twice in one read, as a server may name an entry twice in a refresh.
 */
final class FailingPages extends InMemoryOperationInterceptor {

    /** The entries of the answer under way: an answer is processed on one thread, entries first, then its result. */
    private static final ThreadLocal<List<Entry>> SENT = ThreadLocal.withInitial(ArrayList::new);

    private final AtomicInteger failAtPage = new AtomicInteger(-1);
    private final AtomicInteger pagesAnswered = new AtomicInteger();
    private volatile ResultCode failure = ResultCode.UNAVAILABLE;
    private volatile boolean repeatEntries;

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
        repeatEntries = false;
    }

    /** From now on, every entry with a mail attribute goes to the client twice. */
    void repeatEntries() {
        repeatEntries = true;
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        boolean paged = request.getRequest().hasControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (paged && failAtPage.get() > 0 && pagesAnswered.incrementAndGet() >= failAtPage.get()) {
            throw new LDAPException(failure, failure == ResultCode.UNAVAILABLE
                    ? "The domain controller is shutting down" : "Administrative limit");
        }
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
        if (repeatEntries && entry.getSearchEntry().hasAttribute("mail")) {
            SENT.get().add(entry.getSearchEntry());
        }
    }

    /** Sends the users' entries of this answer again, before its result: each twice in one page. */
    @Override
    public void processSearchResult(InMemoryInterceptedSearchResult result) {
        List<Entry> sent = new ArrayList<>(SENT.get());
        SENT.get().clear();
        for (Entry entry : sent) {
            try {
                result.sendSearchEntry(entry);
            } catch (LDAPException e) {
                throw new IllegalStateException("Could not send the entry again", e);
            }
        }
        SENT.get().clear(); // the copies passed through processSearchEntry too
    }
}
