package org.adsync.directory.ldap.activedirectory;

import com.unboundid.ldap.sdk.Filter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Active Directory's rules, as Microsoft documents them. */
public final class ActiveDirectory {

    /** supportedCapabilities value of the root DSE that marks an Active Directory domain controller. */
    public static final String CAPABILITY_OID = "1.2.840.113556.1.4.800";
    /** LDAP_MATCHING_RULE_IN_CHAIN: membership through nested groups, evaluated by the domain controller. */
    public static final String IN_CHAIN_MATCHING_RULE = "1.2.840.113556.1.4.1941";
    /** userAccountControl ACCOUNTDISABLE. */
    public static final int ACCOUNT_DISABLED = 0x2;

    private static final Pattern DATA_CODE = Pattern.compile("data ([0-9a-fA-F]{3})");
    private static final Map<String, String> BIND_DATA_CODES = Map.of(
            "525", "the bind user does not exist. Check the bind DN or user@domain",
            "52e", "the password is wrong (or the user name is). Check the bind user and enter the password again",
            "530", "the bind user may not sign in at this time of day",
            "531", "the bind user may not sign in from this computer (\"Log On To\" restriction)",
            "532", "the bind user's password has expired. Set a new one in Active Directory",
            "533", "the bind user's account is disabled. Enable it in Active Directory",
            "701", "the bind user's account has expired. Extend it in Active Directory",
            "773", "the bind user must change the password at next logon. Sign in once as that user or clear the flag",
            "775", "the bind user's account is locked out. Wait or unlock it in Active Directory");

    private ActiveDirectory() {
    }

    /** The canonical GUID string of a binary objectGUID, whose first three fields are little-endian. */
    public static String guidOf(byte[] objectGuid) {
        if (objectGuid == null || objectGuid.length != 16) {
            throw new IllegalArgumentException("objectGUID must be 16 bytes, not "
                    + (objectGuid == null ? "missing" : objectGuid.length));
        }
        ByteBuffer in = ByteBuffer.wrap(objectGuid).order(ByteOrder.LITTLE_ENDIAN);
        long timeLow = in.getInt() & 0xFFFFFFFFL;
        long timeMid = in.getShort() & 0xFFFFL;
        long timeHigh = in.getShort() & 0xFFFFL;
        long mostSignificant = (timeLow << 32) | (timeMid << 16) | timeHigh;
        long leastSignificant = ByteBuffer.wrap(objectGuid, 8, 8).order(ByteOrder.BIG_ENDIAN).getLong();
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /** The binary objectGUID of a canonical GUID string: {@link #guidOf} the other way round. */
    public static byte[] objectGuidOf(String guid) {
        UUID uuid = UUID.fromString(guid);
        long most = uuid.getMostSignificantBits();
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt((int) (most >>> 32))
                .putShort((short) (most >>> 16)).putShort((short) most).order(ByteOrder.BIG_ENDIAN)
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /** Disabled accounts have bit 0x2 of userAccountControl set, whatever the other bits (514 is one of many). */
    public static boolean isDisabled(String userAccountControl) {
        if (userAccountControl == null) {
            return false;
        }
        try {
            return (Long.parseLong(userAccountControl.strip()) & ACCOUNT_DISABLED) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Members of the group, directly or through nested groups; the group DN is encoded, never pasted. */
    public static Filter memberOfGroupInChain(String groupDn) {
        return Filter.createExtensibleMatchFilter("memberOf", IN_CHAIN_MATCHING_RULE, false, groupDn);
    }

    /** What an Active Directory bind error's data code means, from its diagnostic message. */
    public static Optional<String> explainBindFailure(String diagnosticMessage) {
        if (diagnosticMessage == null) {
            return Optional.empty();
        }
        Matcher matcher = DATA_CODE.matcher(diagnosticMessage);
        return matcher.find() ? Optional.ofNullable(BIND_DATA_CODES.get(matcher.group(1).toLowerCase()))
                : Optional.empty();
    }
}
