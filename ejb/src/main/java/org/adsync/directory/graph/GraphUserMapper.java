package org.adsync.directory.graph;

import com.microsoft.graph.models.User;
import org.adsync.directory.DirectoryEntry;

import java.util.List;

/**
 * Entra ID's user as the neutral directory entry: the object id is the anchor (it survives renames), and
 * {@code accountEnabled=false} means disabled. Each SDK object is mapped as its page arrives and then dropped: kept,
 * they cost some 2 KB each.
 */
final class GraphUserMapper {

    /** Only what the sync stores: Graph then sends (and tracks changes of) nothing else. */
    static final String[] SELECT = {"id", "displayName", "givenName", "surname", "mail", "userPrincipalName",
            "businessPhones", "mobilePhone", "jobTitle", "department", "accountEnabled", "userType",
            "onPremisesSamAccountName"};

    private static final String GUEST = "Guest";
    private static final String REMOVED = "@removed";

    private GraphUserMapper() {
    }

    static DirectoryEntry entry(User user) {
        List<String> phones = user.getBusinessPhones();
        return new DirectoryEntry(user.getId(), null, user.getOnPremisesSamAccountName(), user.getUserPrincipalName(),
                user.getDisplayName(), user.getGivenName(), null, user.getSurname(), user.getMail(),
                phones == null || phones.isEmpty() ? null : phones.get(0), user.getMobilePhone(), user.getJobTitle(),
                user.getDepartment(), Boolean.FALSE.equals(user.getAccountEnabled()));
    }

    /** A delta entry for a user who was deleted (or soft-deleted): only the id and "@removed" come. */
    static boolean removed(User user) {
        return user.getAdditionalData() != null && user.getAdditionalData().containsKey(REMOVED);
    }

    /** Guests are people from other organizations invited to this tenant, not the customer's own staff. */
    static boolean guest(User user) {
        return GUEST.equalsIgnoreCase(user.getUserType());
    }
}
