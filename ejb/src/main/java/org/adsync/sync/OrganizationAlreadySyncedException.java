package org.adsync.sync;

/** The organization has an AD Sync already: an organization syncs with one directory. Nothing was written. */
public class OrganizationAlreadySyncedException extends InvalidSyncSettingsException {

    private static final long serialVersionUID = 1L;

    public OrganizationAlreadySyncedException(String organizationName) {
        super("organizationId", organizationName
                + " has an AD Sync already: an organization syncs with one directory. Edit that one instead.");
    }
}
