package org.adsync.demo.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.UUID;

/**
 * A user entry shaped as Active Directory writes one: binary objectGUID in AD's byte order, sAMAccountName,
 * userPrincipalName, userAccountControl and the contact attributes. Null attributes are left out.
 */
public record ActiveDirectoryUser(UUID objectGuid, String commonName, String accountName, String userPrincipalName,
                                  String givenName, String initials, String surname, String mail,
                                  String telephoneNumber, String mobile, String title, String department,
                                  int userAccountControl, List<String> memberOf) {

    public static final int NORMAL_ACCOUNT = 0x200;
    public static final int ACCOUNT_DISABLED = 0x2;
    public static final int DONT_EXPIRE_PASSWORD = 0x10000;

    /** An enabled user with just a name and a mail address (tests vary the rest with the with... methods). */
    public static ActiveDirectoryUser named(String givenName, String surname, String mail) {
        String account = ((givenName == null ? "" : givenName) + "." + (surname == null ? "" : surname))
                .replaceAll("[^A-Za-z0-9.]", "").toLowerCase();
        return new ActiveDirectoryUser(UUID.randomUUID(), (givenName + " " + surname).strip(), account,
                account + "@example.test", givenName, null, surname, mail, null, null, null, null, NORMAL_ACCOUNT,
                List.of());
    }

    public ActiveDirectoryUser disabled() {
        return withUserAccountControl(userAccountControl | ACCOUNT_DISABLED);
    }

    public ActiveDirectoryUser withUserAccountControl(int value) {
        return new ActiveDirectoryUser(objectGuid, commonName, accountName, userPrincipalName, givenName, initials,
                surname, mail, telephoneNumber, mobile, title, department, value, memberOf);
    }

    public ActiveDirectoryUser withMail(String value) {
        return new ActiveDirectoryUser(objectGuid, commonName, accountName, userPrincipalName, givenName, initials,
                surname, value, telephoneNumber, mobile, title, department, userAccountControl, memberOf);
    }

    public ActiveDirectoryUser withName(String given, String middle, String sur) {
        return new ActiveDirectoryUser(objectGuid, commonName, accountName, userPrincipalName, given, middle, sur, mail,
                telephoneNumber, mobile, title, department, userAccountControl, memberOf);
    }

    public ActiveDirectoryUser withDetails(String phone, String mobilePhone, String jobTitle, String dept) {
        return new ActiveDirectoryUser(objectGuid, commonName, accountName, userPrincipalName, givenName, initials,
                surname, mail, phone, mobilePhone, jobTitle, dept, userAccountControl, memberOf);
    }

    public ActiveDirectoryUser memberOf(String... groupDns) {
        return new ActiveDirectoryUser(objectGuid, commonName, accountName, userPrincipalName, givenName, initials,
                surname, mail, telephoneNumber, mobile, title, department, userAccountControl, List.of(groupDns));
    }

    /** The entry under that container; the CN is escaped as an RDN value must be. */
    public Entry toEntry(String parentDn) throws LDAPException {
        Entry entry = new Entry(new DN(new RDN("CN", commonName), new DN(parentDn)));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        entry.addAttribute("objectCategory", "CN=Person,CN=Schema,CN=Configuration," + domainOf(parentDn));
        entry.addAttribute("objectGUID", guidBytes(objectGuid));
        entry.addAttribute("cn", commonName);
        entry.addAttribute("userAccountControl", Integer.toString(userAccountControl));
        add(entry, "sAMAccountName", accountName);
        add(entry, "userPrincipalName", userPrincipalName);
        add(entry, "givenName", givenName);
        add(entry, "initials", initials);
        add(entry, "sn", surname);
        add(entry, "displayName", String.join(" ", java.util.stream.Stream.of(givenName, initials, surname)
                .filter(java.util.Objects::nonNull).toList()));
        add(entry, "mail", mail);
        add(entry, "telephoneNumber", telephoneNumber);
        add(entry, "mobile", mobile);
        add(entry, "title", title);
        add(entry, "department", department);
        if (!memberOf.isEmpty()) {
            entry.addAttribute("memberOf", memberOf);
        }
        return entry;
    }

    /** Active Directory stores a GUID's first three fields little-endian, the last eight bytes as they are. */
    public static byte[] guidBytes(UUID guid) {
        byte[] b = ByteBuffer.allocate(16).putLong(guid.getMostSignificantBits())
                .putLong(guid.getLeastSignificantBits()).array();
        ByteBuffer ad = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        ad.putInt(ByteBuffer.wrap(b, 0, 4).getInt());
        ad.putShort(ByteBuffer.wrap(b, 4, 2).getShort());
        ad.putShort(ByteBuffer.wrap(b, 6, 2).getShort());
        ad.put(b, 8, 8);
        return ad.array();
    }

    /** The DC= part of a DN: the domain's root, where the schema's configuration naming context hangs. */
    private static String domainOf(String dn) throws LDAPException {
        return String.join(",", java.util.Arrays.stream(new DN(dn).getRDNs())
                .filter(rdn -> rdn.hasAttribute("DC")).map(RDN::toString).toList());
    }

    private static void add(Entry entry, String name, String value) {
        if (value != null && !value.isBlank()) {
            entry.addAttribute(name, value);
        }
    }
}
