package org.adsync.audit;

/** What an audited action was. */
public enum AuditKind {
    SYNC_CREATED("Sync added"),
    SYNC_CHANGED("Sync changed"),
    SYNC_REMOVED("Sync removed"),
    SYNC_ENABLED("Sync enabled"),
    SYNC_DISABLED("Sync disabled"),
    SYNC_FORCED("Force Sync"),
    SYNC_PREVIEWED("Preview"),
    SYNC_HELD("Sync held"),
    SYNC_APPROVED("Held sync approved"),
    SYNC_HOLD_REJECTED("Held sync rejected"),
    USER_MAPPED("User mapped by hand"),
    USER_UNMAPPED("User unmapped"),
    USER_IGNORED("User ignored"),
    USER_UNIGNORED("User no longer ignored"),
    TOKEN_CREATED("API token created"),
    TOKEN_REVOKED("API token revoked"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGNED_OUT_BY_PROVIDER("Signed out by the single sign-on provider"),
    ORGANIZATION_ADDED("Organization added"),
    ORGANIZATION_CHANGED("Organization changed"),
    ORGANIZATION_DEACTIVATED("Organization deactivated"),
    ORGANIZATION_REACTIVATED("Organization reactivated"),
    ORGANIZATIONS_IMPORTED("Organizations imported"),
    BILLING_PRODUCT_ADDED("Billing product added"),
    BILLING_PRODUCT_CHANGED("Billing product changed"),
    BILLING_PRODUCT_DEACTIVATED("Billing product deactivated"),
    CONSOLE_USER_ADDED("Console user added"),
    CONSOLE_USER_CHANGED("Console user changed"),
    CONSOLE_USER_DISABLED("Console user disabled"),
    CONSOLE_USER_ENABLED("Console user enabled"),
    CONSOLE_USER_DELETED("Console user deleted"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    SECURITY_LEVEL_ADDED("Security level added"),
    SECURITY_LEVEL_CHANGED("Security level changed"),
    SECURITY_LEVEL_DELETED("Security level deleted"),
    DELEGATION_REFUSED("Refused: beyond the user's own permissions"),
    SINGLE_SIGN_ON_CHANGED("Single sign-on changed"),
    SINGLE_SIGN_ON_REMOVED("Single sign-on removed");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
