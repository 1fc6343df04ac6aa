package org.adsync.security;

/** What a security level may grant. The role name is the one the container checks. */
public enum Permission {

    /** See and change AD Sync (Admin > Extensions &amp; Integrations > Microsoft Extensions). */
    CONFIGURE_MICROSOFT_EXTENSIONS(Roles.CONFIGURE_MICROSOFT_EXTENSIONS, "Admin: configure Microsoft Extensions"),

    /** Open organizations and their contacts. */
    VIEW_ORGANIZATIONS(Roles.VIEW_ORGANIZATIONS, "View organizations"),

    /** Add, change, disable and delete console users and security levels (Admin > Security). */
    MANAGE_CONSOLE_USERS(Roles.MANAGE_CONSOLE_USERS, "Admin: manage console users"),

    /**
     * Find the contact of a customer's user who signed in to the client portal with their company account
     * (GET /api/identities/contact): for a portal's back end, with an API token.
     */
    RESOLVE_SSO_IDENTITIES(Roles.RESOLVE_SSO_IDENTITIES, "Resolve SSO identities");

    private final String role;
    private final String label;

    Permission(String role, String label) {
        this.role = role;
        this.label = label;
    }

    public String role() {
        return role;
    }

    public String label() {
        return label;
    }

    /** The permission a role name stands for. */
    public static Permission ofRole(String role) {
        for (Permission permission : values()) {
            if (permission.role.equals(role)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("No permission has the role " + role);
    }

    /** Role names as constants, for annotations. */
    public static final class Roles {
        public static final String CONFIGURE_MICROSOFT_EXTENSIONS = "configure-microsoft-extensions";
        public static final String VIEW_ORGANIZATIONS = "view-organizations";
        public static final String MANAGE_CONSOLE_USERS = "manage-console-users";
        public static final String RESOLVE_SSO_IDENTITIES = "resolve-sso-identities";

        private Roles() {
        }
    }
}
