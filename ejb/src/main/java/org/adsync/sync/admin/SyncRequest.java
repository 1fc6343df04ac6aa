package org.adsync.sync.admin;

import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;

import java.time.Duration;
import java.util.Set;

/** What every AD Sync request carries besides its directory's settings. */
public sealed interface SyncRequest permits LdapSyncRequest, AzureSyncRequest {

    long organizationId();

    boolean enabled();

    Set<ContactField> fields();

    Long billingProductId();

    /** Null means 24 hours on creation, or the one saved on update. */
    Duration interval();

    /** Null means the default on creation, or the one saved on update. */
    DeactivationLimit deactivationLimit();
}
