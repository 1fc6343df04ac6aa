package org.adsync.api.sync;

import org.adsync.api.problem.InvalidRequestException;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.admin.AzureSyncRequest;
import org.adsync.sync.admin.LdapSyncRequest;
import org.adsync.sync.admin.SyncRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the JSON input into the service's request, reporting every value of the wrong form at once. Whether the
 * settings make sense (a host, a valid filter, an interval long enough) is the service's to say.
 */
final class SyncRequests {

    private SyncRequests() {
    }

    /** @param organizationId the organization of the sync being updated, or null on creation */
    static SyncRequest toRequest(SyncInput input, Long organizationId) {
        if (input == null) {
            throw new InvalidRequestException("body", "Send the AD Sync as a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Long organization = input.organizationId() != null ? input.organizationId() : organizationId;
        if (organization == null) {
            problems.add(new FieldProblem("organizationId",
                    "Say which organization syncs: its id, from GET /organizations"));
        }
        if (input.enabled() == null) {
            problems.add(new FieldProblem("enabled", "Say whether the sync runs on its schedule: true or false"));
        }
        DirectoryType type = parse(DirectoryType.class, input.directoryType(), "directoryType", problems);
        if (input.directoryType() == null) {
            problems.add(new FieldProblem("directoryType", "Choose the AD Type: LDAP or AZURE (Entra ID)"));
        }
        if (type == DirectoryType.LDAP && input.ldap() == null) {
            problems.add(new FieldProblem("ldap", "Give the LDAP settings: host, bindDn, bindPassword, baseDn, ..."));
        }
        if (type == DirectoryType.AZURE && input.azure() == null) {
            problems.add(new FieldProblem("azure",
                    "Give the Entra ID settings: tenantId, clientId, clientSecret, ..."));
        }
        boolean otherSettings = type == DirectoryType.LDAP ? input.azure() != null
                : type == DirectoryType.AZURE && input.ldap() != null;
        if (otherSettings) {
            problems.add(new FieldProblem(type == DirectoryType.LDAP ? "azure" : "ldap", "Give only the settings of "
                    + "the directoryType " + type + "; a sync reads one directory"));
        }
        LdapTransport transport = input.ldap() == null ? null
                : parse(LdapTransport.class, input.ldap().transport(), "ldap.transport", problems);
        AzureSettingsInput azure = input.azure() == null ? null : azureSettings(input.azure(), "azure.", problems);
        Set<ContactField> fields = fields(input.fields(), problems);
        Duration interval = interval(input.interval(), problems);
        DeactivationLimit limit = deactivationLimit(input.deactivationLimit(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (type == DirectoryType.AZURE) {
            return new AzureSyncRequest(organization, input.enabled(), azure, fields, input.billingProductId(),
                    interval, limit);
        }
        return new LdapSyncRequest(organization, input.enabled(), ldapSettings(input.ldap(), transport), fields,
                input.billingProductId(), interval, limit);
    }

    /** The Entra ID settings alone, as Test Connection takes them before they are saved. */
    static AzureSettingsInput toAzureSettings(AzureInput azure) {
        List<FieldProblem> problems = new ArrayList<>();
        AzureSettingsInput settings = azureSettings(azure, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return settings;
    }

    private static AzureSettingsInput azureSettings(AzureInput azure, String prefix, List<FieldProblem> problems) {
        AzureCloud cloud = parse(AzureCloud.class, azure.cloud(), prefix + "cloud", problems);
        LocalDate expiresOn = null;
        if (azure.clientSecretExpiresOn() != null) {
            try {
                expiresOn = LocalDate.parse(azure.clientSecretExpiresOn().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(prefix + "clientSecretExpiresOn",
                        FieldProblem.quoted(azure.clientSecretExpiresOn())
                                + " is not an ISO date; write for example 2027-05-31"));
            }
        }
        return new AzureSettingsInput(azure.tenantId(), azure.clientId(),
                azure.clientSecret() == null ? null : azure.clientSecret().toCharArray(), expiresOn,
                azure.groupId(), cloud, azure.loginHost(), azure.graphHost(), azure.trustedCertificatesPem());
    }

    static LdapSettingsInput ldapSettings(LdapInput ldap, LdapTransport transport) {
        return new LdapSettingsInput(ldap.host(), ldap.port(), transport, ldap.bindDn(),
                ldap.bindPassword() == null ? null : ldap.bindPassword().toCharArray(), ldap.baseDn(), ldap.filter(),
                ldap.groupDn(), ldap.disabledFilter(), ldap.pageSize(), ldap.connectTimeoutSeconds(),
                ldap.responseTimeoutSeconds(), ldap.trustedCertificatesPem());
    }

    /** The LDAP settings alone, as Test Connection takes them before they are saved. */
    static LdapSettingsInput toLdapSettings(LdapInput ldap) {
        List<FieldProblem> problems = new ArrayList<>();
        LdapTransport transport = parse(LdapTransport.class, ldap.transport(), "ldap.transport", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return ldapSettings(ldap, transport);
    }

    private static Set<ContactField> fields(List<String> names, List<FieldProblem> problems) {
        if (names == null) {
            return null;
        }
        Set<ContactField> fields = EnumSet.noneOf(ContactField.class);
        for (String name : names) {
            ContactField field = parse(ContactField.class, name, "fields", problems);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Duration interval(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("interval", FieldProblem.quoted(text)
                    + " is not an ISO-8601 duration; write for example PT24H for a day or PT30M for half an hour"));
            return null;
        }
    }

    private static DeactivationLimit deactivationLimit(SyncInput.DeactivationLimitInput input,
                                                       List<FieldProblem> problems) {
        if (input == null) {
            return null;
        }
        if (input.kind() == null) {
            problems.add(new FieldProblem("deactivationLimit.kind", "Give the kind: DEFAULT, COUNT, PERCENT or OFF"));
            return null;
        }
        DeactivationLimit.Kind kind = parse(DeactivationLimit.Kind.class, input.kind(), "deactivationLimit.kind",
                problems);
        return kind == null ? null : new DeactivationLimit(kind, input.value());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, FieldProblem.quoted(text) + " is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
