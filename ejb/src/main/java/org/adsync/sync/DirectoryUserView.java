package org.adsync.sync;

import java.time.Instant;

/** A directory user as the AD Users tab and the API show it, with its mapped contact if any. */
public record DirectoryUserView(long id, String anchor, String dn, String accountName, String userPrincipalName,
                                String displayName, String firstName, String middleName, String lastName,
                                String email, String phone, String mobilePhone, String title, String department,
                                boolean disabled, boolean inScope, DirectoryUserState state, String stateReason,
                                boolean manuallyMapped, Long contactId, String contactName, Instant changedAt) {

    public static DirectoryUserView of(DirectoryUser user) {
        DirectoryUserAttributes a = user.getAttributes();
        return new DirectoryUserView(user.getId(), user.getAnchor(), a.dn(), a.accountName(), a.userPrincipalName(),
                a.displayName(), a.firstName(), a.middleName(), a.lastName(), a.email(), a.phone(), a.mobilePhone(),
                a.title(), a.department(), user.isDisabled(), user.isInScope(), user.getState(),
                user.getStateReason().orElse(null), user.isManuallyMapped(),
                user.getContact().map(c -> c.getId()).orElse(null),
                user.getContact().map(c -> c.getName().displayName()).orElse(null), user.getChangedAt());
    }
}
