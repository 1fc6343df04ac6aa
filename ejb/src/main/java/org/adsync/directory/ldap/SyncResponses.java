package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.AsyncRequestID;
import com.unboundid.ldap.sdk.AsyncSearchResultListener;
import com.unboundid.ldap.sdk.IntermediateResponse;
import com.unboundid.ldap.sdk.IntermediateResponseListener;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultReference;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The answers to one content-synchronization search, in the order the server sent them (entries and intermediate
 * responses interleave, and their order matters), handed from the connection's reader thread to the reading one
 * through a bounded queue: when the sync falls behind, the reader thread waits and the server's answer stays in the
 * socket, so memory stays flat however many users a present phase lists.
 */
final class SyncResponses implements AsyncSearchResultListener, IntermediateResponseListener {

    private static final int CAPACITY = 1000;

    private final BlockingQueue<Object> answers = new ArrayBlockingQueue<>(CAPACITY);
    private final Duration idleTimeout;
    private volatile boolean abandoned;

    /**
     * {@code idleTimeout}: how long the server may stay silent (the sync's response timeout). The search as a whole
     * has no timeout: a present phase of 400,000 users takes as long as it takes, as long as answers keep coming.
     */
    SyncResponses(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void searchEntryReturned(SearchResultEntry entry) {
        put(entry);
    }

    @Override
    public void searchReferenceReturned(SearchResultReference reference) {
        // referrals to other servers are not followed, as in the paged read
    }

    @Override
    public void intermediateResponseReturned(IntermediateResponse response) {
        put(response);
    }

    @Override
    public void searchResultReceived(AsyncRequestID requestID, SearchResult result) {
        put(result);
    }

    /** The next answer: a {@link SearchResultEntry}, an {@link IntermediateResponse}, or the {@link SearchResult}. */
    Object next() throws LDAPException {
        try {
            Object answer = answers.poll(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer == null) {
                throw new LDAPException(ResultCode.TIMEOUT, "The directory sent nothing for "
                        + idleTimeout.toSeconds() + " seconds during the synchronization search (the response "
                        + "timeout)");
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LDAPException(ResultCode.USER_CANCELED, "The read was interrupted", e);
        }
    }

    /** The reading side gave up (the sync failed): what still comes is dropped, so the reader thread never waits. */
    void abandon() {
        abandoned = true;
        answers.clear();
    }

    private void put(Object answer) {
        try {
            while (!abandoned && !answers.offer(answer, 100, TimeUnit.MILLISECONDS)) {
                // the sync is writing what came before; the server's answer waits in the socket meanwhile
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
