package org.adsync.sync;

import org.adsync.directory.FieldProblem;

import java.util.List;

/** The organization has an AD Sync already: an organization syncs with one directory. Nothing was written. */
public class OrganizationAlreadySyncedException extends InvalidSyncSettingsException {

    private static final long serialVersionUID = 1L;

    public OrganizationAlreadySyncedException(String organizationName) {
        super(Kind.CONFLICT, null, List.of(new FieldProblem("organizationId", organizationName
                + " has an AD Sync already: an organization syncs with one directory. Edit that one instead.")));
    }
}
