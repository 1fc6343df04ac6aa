package org.adsync.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An AD Sync as the list page, the Setup tab and the API show it: never the secret, only whether one is set. */
public record SyncConfigurationView(long id, long organizationId, String organizationName, boolean enabled,
                                    DirectoryType directoryType, String host, Integer port, LdapTransport transport,
                                    String bindDn, boolean bindPasswordSet, String baseDn, String filter,
                                    String groupDn, Integer pageSize, Set<ContactField> fields,
                                    Long billingProductId, String billingProductName, SslStatus sslStatus,
                                    String sslDetail, Instant certificateExpiresAt, long syncedUsers,
                                    long conflicts, Duration interval, Instant nextSyncAt,
                                    List<SyncAttemptView> lastAttempts) {
}
