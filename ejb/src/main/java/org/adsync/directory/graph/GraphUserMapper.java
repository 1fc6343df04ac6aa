package org.adsync.directory.graph;

import com.microsoft.graph.models.User;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.DirectoryEntry.Attribute;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** The Graph property behind each attribute an entry may leave unsaid. */
    private static final Map<String, Attribute> PROPERTIES = Map.ofEntries(
            Map.entry("onPremisesSamAccountName", Attribute.ACCOUNT_NAME),
            Map.entry("userPrincipalName", Attribute.USER_PRINCIPAL_NAME),
            Map.entry("displayName", Attribute.DISPLAY_NAME), Map.entry("givenName", Attribute.FIRST_NAME),
            Map.entry("surname", Attribute.LAST_NAME), Map.entry("mail", Attribute.EMAIL),
            Map.entry("businessPhones", Attribute.PHONE), Map.entry("mobilePhone", Attribute.MOBILE_PHONE),
            Map.entry("jobTitle", Attribute.TITLE), Map.entry("department", Attribute.DEPARTMENT),
            Map.entry("accountEnabled", Attribute.DISABLED), Map.entry("userType", Attribute.MEMBERSHIP));
    private static final String REMOVED = "@removed";

    private GraphUserMapper() {
    }

    /**
     * The user as the entry. In a full read a property missing is empty. An entry of an incremental read promises
     * only "at least the updated properties" (and carries just those under return=minimal): what it does not carry
     * is unknown, and stays as stored. The SDK's backing store knows which properties the JSON held, except those
     * that came as null (cleared in Entra ID), which {@link ClearedProperties} names.
     */
    static DirectoryEntry entry(User user, boolean incremental) {
        Set<Attribute> unknown = EnumSet.noneOf(Attribute.class);
        if (incremental) {
            Set<String> carried = user.getBackingStore().enumerate().keySet();
            Set<String> cleared = ClearedProperties.of(user);
            PROPERTIES.forEach((property, attribute) -> {
                if (!carried.contains(property) && !cleared.contains(property)) {
                    unknown.add(attribute);
                }
            });
        }
        List<String> phones = user.getBusinessPhones();
        return new DirectoryEntry(user.getId(), null, user.getOnPremisesSamAccountName(), user.getUserPrincipalName(),
                user.getDisplayName(), user.getGivenName(), null, user.getSurname(), user.getMail(),
                phones == null || phones.isEmpty() ? null : phones.get(0), user.getMobilePhone(), user.getJobTitle(),
                user.getDepartment(), Boolean.FALSE.equals(user.getAccountEnabled()), unknown);
    }

    /** A delta entry for a user who was deleted (or soft-deleted): only the id and "@removed" come. */
    static boolean removed(User user) {
        return user.getAdditionalData() != null && user.getAdditionalData().containsKey(REMOVED);
    }

    /**
     * Guests are people from other organizations invited to this tenant, not the customer's own staff. An entry
     * without userType says nothing about it (its entry has {@link Attribute#MEMBERSHIP} unknown).
     */
    static boolean guest(User user) {
        return GUEST.equalsIgnoreCase(user.getUserType());
    }
}
