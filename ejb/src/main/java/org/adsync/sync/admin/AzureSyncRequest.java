package org.adsync.sync.admin;

import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;

import java.time.Duration;
import java.util.Set;

/**
 * An Entra ID AD Sync as the Setup tab or the API submits it; a null interval or deactivation limit means the
 * default, or the one saved.
 */
public record AzureSyncRequest(long organizationId, boolean enabled, AzureSettingsInput azure,
                               Set<ContactField> fields, Long billingProductId, Duration interval,
                               DeactivationLimit deactivationLimit) implements SyncRequest {

    public AzureSyncRequest {
        fields = fields == null ? ContactField.all() : Set.copyOf(fields);
    }

    public AzureSyncRequest(long organizationId, boolean enabled, AzureSettingsInput azure, Set<ContactField> fields,
                            Long billingProductId, Duration interval) {
        this(organizationId, enabled, azure, fields, billingProductId, interval, null);
    }
}
