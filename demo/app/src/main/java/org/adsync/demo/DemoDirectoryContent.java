package org.adsync.demo;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;

import java.util.ArrayList;
import java.util.List;

/** The demo people as Active Directory users of contoso.example, with a group that nests another. */
final class DemoDirectoryContent {

    static final String BASE_DN = "DC=contoso,DC=example";
    static final String USERS_DN = "OU=Staff," + BASE_DN;
    static final String SERVICE_ACCOUNT_DN = "CN=adsync-reader,OU=Service Accounts," + BASE_DN;
    /** The demo directory's read-only service account; the README gives it to the demo's users. */
    static final String SERVICE_ACCOUNT_PASSWORD = "Demo-Reader-2026";
    static final String GROUP_DN = "CN=AdSync Users,OU=Groups," + BASE_DN;
    static final String NESTED_GROUP_DN = "CN=Sales,OU=Groups," + BASE_DN;

    private DemoDirectoryContent() {
    }

    static void load(LookAlikeDirectory directory, List<DemoPerson> people) throws LDAPException {
        directory.addContainer("Staff");
        directory.addContainer("Service Accounts");
        directory.addContainer("Groups");
        directory.server().add(new Entry(SERVICE_ACCOUNT_DN, attr("objectClass", "top", "person",
                "organizationalPerson", "user"), attr("cn", "adsync-reader"), attr("sAMAccountName", "adsync-reader")));

        List<String> members = new ArrayList<>();
        List<String> salesMembers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            DemoPerson person = people.get(i);
            boolean sales = "Sales".equals(person.department());
            boolean inGroup = i % 3 != 0;
            ActiveDirectoryUser user = toUser(person);
            if (inGroup) {
                user = user.memberOf(sales ? NESTED_GROUP_DN : GROUP_DN);
            }
            Entry entry = user.toEntry(USERS_DN);
            if (inGroup) {
                (sales ? salesMembers : members).add(entry.getDN());
            }
            directory.server().add(entry);
        }
        members.add(NESTED_GROUP_DN);
        directory.server().add(group(NESTED_GROUP_DN, "Sales", salesMembers, GROUP_DN));
        directory.server().add(group(GROUP_DN, "AdSync Users", members, null));
    }

    private static ActiveDirectoryUser toUser(DemoPerson person) {
        int control = ActiveDirectoryUser.NORMAL_ACCOUNT | ActiveDirectoryUser.DONT_EXPIRE_PASSWORD
                | (person.disabled() ? ActiveDirectoryUser.ACCOUNT_DISABLED : 0);
        return new ActiveDirectoryUser(person.objectGuid(),
                person.name().displayName() + " (" + person.accountName() + ")", person.accountName(),
                person.accountName() + "@" + DemoPeople.DOMAIN, person.name().first(), person.name().middle(),
                person.name().last(), person.email(), person.phone(), null, person.title(), person.department(),
                control, List.of());
    }

    private static Entry group(String dn, String name, List<String> members, String memberOf) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "group");
        entry.addAttribute("cn", name);
        entry.addAttribute("sAMAccountName", name);
        entry.addAttribute("member", members);
        if (memberOf != null) {
            entry.addAttribute("memberOf", memberOf);
        }
        return entry;
    }

    private static com.unboundid.ldap.sdk.Attribute attr(String name, String... values) {
        return new com.unboundid.ldap.sdk.Attribute(name, values);
    }
}
