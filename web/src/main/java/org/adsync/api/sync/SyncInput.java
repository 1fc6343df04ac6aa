package org.adsync.api.sync;

import java.util.List;

/**
 * An AD Sync as {@code POST /syncs} and {@code PUT /syncs/{id}} take it: {@code ldap} settings for directoryType
 * LDAP, {@code azure} settings for AZURE. {@code fields} left out means every contact field; {@code interval} is an
 * ISO-8601 duration (PT24H when left out on creation, unchanged on update); {@code deactivationLimit} is how many
 * contacts one sync may deactivate before it is held ({@code {"kind": "DEFAULT" | "COUNT" | "PERCENT" | "OFF",
 * "value": n}}; the default when left out on creation, unchanged on update).
 */
public record SyncInput(Long organizationId, Boolean enabled, String directoryType, LdapInput ldap, AzureInput azure,
                        List<String> fields, Long billingProductId, String interval,
                        DeactivationLimitInput deactivationLimit) {

    /** The deactivation limit as sent: the kind, and for COUNT and PERCENT the number. */
    public record DeactivationLimitInput(String kind, Integer value) {
    }
}
