package org.adsync.psa;

import java.util.Optional;

/**
 * Port through which the PSA records learn who relies on them, without knowing who that is (the AD Syncs
 * implement it): what keeps an organization or a billing product from being deactivated.
 */
public interface PsaRecordUse {

    /** Why the organization must stay active, in words an admin can act on; empty when nothing needs it. */
    Optional<String> whyOrganizationStays(long organizationId);

    /** Why the billing product must stay active; empty when nothing needs it. */
    Optional<String> whyBillingProductStays(long billingProductId);
}
