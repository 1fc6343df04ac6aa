package org.adsync.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.RDN;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes the demo people as Active Directory shaped entries: the attributes a real domain controller returns. */
final class DemoDirectoryContent {

    static final String BASE_DN = "DC=contoso,DC=example";
    static final String USERS_DN = "OU=Staff," + BASE_DN;
    static final String SERVICE_ACCOUNT_DN = "CN=adsync-reader,OU=Service Accounts," + BASE_DN;
    /** The demo directory's read-only service account; the README gives it to the demo's users. */
    static final String SERVICE_ACCOUNT_PASSWORD = "Demo-Reader-2026";
    static final String GROUP_DN = "CN=AdSync Users,OU=Groups," + BASE_DN;
    static final String NESTED_GROUP_DN = "CN=Sales,OU=Groups," + BASE_DN;

    private static final int NORMAL_ACCOUNT = 0x200;
    private static final int ACCOUNT_DISABLED = 0x2;
    private static final int DONT_EXPIRE_PASSWORD = 0x10000;
    private static final String PERSON_CATEGORY = "CN=Person,CN=Schema,CN=Configuration," + BASE_DN;

    private DemoDirectoryContent() {
    }

    static void load(InMemoryDirectoryServer server, List<DemoPerson> people) throws LDAPException {
        server.add(new Entry(BASE_DN, attr("objectClass", "top", "domain"), attr("dc", "contoso")));
        for (String ou : List.of("Staff", "Service Accounts", "Groups")) {
            server.add(new Entry("OU=" + ou + "," + BASE_DN, attr("objectClass", "top", "organizationalUnit"),
                    attr("ou", ou)));
        }
        server.add(new Entry(SERVICE_ACCOUNT_DN, attr("objectClass", "top", "person", "organizationalPerson", "user"),
                attr("cn", "adsync-reader"), attr("sAMAccountName", "adsync-reader")));

        List<String> members = new ArrayList<>();
        List<String> salesMembers = new ArrayList<>();
        long usn = 12000;
        for (int i = 0; i < people.size(); i++) {
            DemoPerson person = people.get(i);
            // Built from an RDN, so names with commas, quotes or plus signs are escaped as LDAP requires.
            String dn = new DN(new RDN("CN", commonName(person)), new DN(USERS_DN)).toString();
            boolean sales = "Sales".equals(person.department());
            if (i % 3 != 0) {
                (sales ? salesMembers : members).add(dn);
            }
            server.add(userEntry(dn, person, usn++, i % 3 != 0 ? (sales ? NESTED_GROUP_DN : GROUP_DN) : null));
        }
        members.add(NESTED_GROUP_DN);
        server.add(group(NESTED_GROUP_DN, "Sales", salesMembers, GROUP_DN));
        server.add(group(GROUP_DN, "AdSync Users", members, null));
    }

    private static Entry userEntry(String dn, DemoPerson person, long usn, String memberOf) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        entry.addAttribute("objectCategory", PERSON_CATEGORY);
        entry.addAttribute("objectGUID", activeDirectoryGuidBytes(person.objectGuid()));
        entry.addAttribute("cn", commonName(person));
        entry.addAttribute("sAMAccountName", person.accountName());
        entry.addAttribute("userPrincipalName", person.accountName() + "@" + DemoPeople.DOMAIN);
        entry.addAttribute("givenName", person.name().first());
        if (person.name().middle() != null) {
            entry.addAttribute("initials", person.name().middle());
        }
        entry.addAttribute("sn", person.name().last());
        entry.addAttribute("displayName", person.name().displayName());
        entry.addAttribute("mail", person.email());
        entry.addAttribute("telephoneNumber", person.phone());
        entry.addAttribute("title", person.title());
        entry.addAttribute("department", person.department());
        int control = NORMAL_ACCOUNT | DONT_EXPIRE_PASSWORD | (person.disabled() ? ACCOUNT_DISABLED : 0);
        entry.addAttribute("userAccountControl", Integer.toString(control));
        entry.addAttribute("uSNChanged", Long.toString(usn));
        entry.addAttribute("whenChanged", "20261101120000.0Z");
        if (memberOf != null) {
            entry.addAttribute("memberOf", memberOf);
        }
        return entry;
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

    /** Active Directory stores a GUID's first three fields little-endian, the last eight bytes as they are. */
    static byte[] activeDirectoryGuidBytes(UUID guid) {
        ByteBuffer canonical = ByteBuffer.allocate(16).putLong(guid.getMostSignificantBits())
                .putLong(guid.getLeastSignificantBits());
        byte[] b = canonical.array();
        ByteBuffer ad = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        ad.putInt(ByteBuffer.wrap(b, 0, 4).getInt());
        ad.putShort(ByteBuffer.wrap(b, 4, 2).getShort());
        ad.putShort(ByteBuffer.wrap(b, 6, 2).getShort());
        ad.put(b, 8, 8);
        return ad.array();
    }

    private static com.unboundid.ldap.sdk.Attribute attr(String name, String... values) {
        return new com.unboundid.ldap.sdk.Attribute(name, values);
    }

    private static String commonName(DemoPerson person) {
        return person.name().displayName() + " (" + person.accountName() + ")";
    }
}
