package org.adsync.sync;

import java.time.Duration;
import java.util.Set;

/** An Entra ID AD Sync as the Setup tab or the API submits it; a null interval means 24 hours, or the one saved. */
public record AzureSyncRequest(long organizationId, boolean enabled, AzureSettingsInput azure,
                               Set<ContactField> fields, Long billingProductId, Duration interval)
        implements SyncRequest {

    public AzureSyncRequest {
        fields = fields == null ? ContactField.all() : Set.copyOf(fields);
    }
}
