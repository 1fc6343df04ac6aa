package org.adsync.it.schedule;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;

/** Makes the test directory answer every search slowly, so that a sync is still running when a test needs it. */
public final class SlowSearches extends InMemoryOperationInterceptor {

    private volatile long delayMillis;

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
