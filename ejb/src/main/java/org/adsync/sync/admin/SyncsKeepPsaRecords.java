package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.adsync.psa.PsaRecordUse;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;

import java.util.List;
import java.util.Optional;

/**
 * What the AD Syncs need of the PSA records: an enabled sync its organization (disable or remove the sync first,
 * so that no schedule writes contacts into an organization nobody sees), any sync its billing product.
 */
@ApplicationScoped
public class SyncsKeepPsaRecords implements PsaRecordUse {

    private static final int NAMED = 5;

    @Inject
    SyncConfigurationRepository configurations;

    @Override
    public Optional<String> whyOrganizationStays(long organizationId) {
        return configurations.findByOrganization(organizationId).filter(SyncConfiguration::isEnabled)
                .map(sync -> "The organization has an enabled AD Sync. Disable or remove its sync first (Admin > "
                        + "Extensions & Integrations > Microsoft Extensions > AD Sync).");
    }

    @Override
    public Optional<String> whyBillingProductStays(long billingProductId) {
        List<String> organizations = configurations.organizationsUsingBillingProduct(billingProductId);
        if (organizations.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", organizations.subList(0, Math.min(NAMED, organizations.size())))
                + (organizations.size() > NAMED ? " and " + (organizations.size() - NAMED) + " more" : "");
        return Optional.of("The AD Syncs of " + named + " give new contacts this billing product. Choose another "
                + "one in their settings first.");
    }
}
