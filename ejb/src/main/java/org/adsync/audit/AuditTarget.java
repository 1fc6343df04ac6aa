package org.adsync.audit;

/** Which organization and sync an action concerned; none for sign-ins and API tokens. */
public record AuditTarget(Long organizationId, String organizationName, Long configurationId) {

    public static final AuditTarget NONE = new AuditTarget(null, null, null);

    public static AuditTarget organization(long organizationId, String organizationName) {
        return new AuditTarget(organizationId, organizationName, null);
    }

    public static AuditTarget sync(long organizationId, String organizationName, long configurationId) {
        return new AuditTarget(organizationId, organizationName, configurationId);
    }
}
