package org.adsync.sync;

import jakarta.ejb.ApplicationException;
import org.adsync.platform.RequestRefusedException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A sync of the organization runs already, here or on another server of the cluster; nothing was started. The
 * console says when it started in the admin's time zone; the message says it in UTC.
 */
@ApplicationException(rollback = true)
public class SyncAlreadyRunningException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String organizationName;
    private final Instant since;

    public SyncAlreadyRunningException(String organizationName, Instant since) {
        super(Kind.CONFLICT, "A sync of " + organizationName + " is already running"
                + (since == null ? "" : " since " + UTC_TIME.format(since))
                + ". Wait for it to finish; its result will appear in the sync history.");
        this.organizationName = organizationName;
        this.since = since;
    }

    public String organizationName() {
        return organizationName;
    }

    /** When the running sync started, if known. */
    public Instant since() {
        return since;
    }
}
