package org.adsync.schedule;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where this server's timer check at startup is: until it has run, missing timers are being repaired, not lost
 * (the readiness check says so). A server waiting for another's check holds it as running.
 */
@ApplicationScoped
public class TimerCheckProgress {

    /** The stages of the check. */
    public enum Stage { PENDING, RUNNING, DONE, FAILED }

    private volatile Stage stage = Stage.PENDING;

    public Stage stage() {
        return stage;
    }

    public boolean repairing() {
        return stage == Stage.PENDING || stage == Stage.RUNNING;
    }

    void moveTo(Stage next) {
        this.stage = next;
    }
}
