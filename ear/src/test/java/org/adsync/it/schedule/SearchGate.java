package org.adsync.it.schedule;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A gate the test closes to hold every search of the test directory, so that a sync is still running while the test
 * does what it needs to then, and opens to let the sync go on: no guess at how long a delay must be. A held search
 * waits at most a minute, so that a test that forgets to open the gate fails instead of hanging.
 */
public final class SearchGate extends InMemoryOperationInterceptor {

    private static final long MOST_SECONDS = 60;

    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** Holds the searches from now on, until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        try {
            gate.await(MOST_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
