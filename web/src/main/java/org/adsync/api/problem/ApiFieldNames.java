package org.adsync.api.problem;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.InvalidSyncSettingsException;

import java.util.List;
import java.util.Set;

/**
 * The services name a field as the Setup tab does ({@code filter}); in the API's JSON the LDAP settings sit in an
 * object of their own, so the field a caller must fix is {@code ldap.filter}, and Entra ID's {@code azure.tenantId}.
 */
final class ApiFieldNames {

    private static final Set<String> LDAP_FIELDS = Set.of("host", "port", "transport", "bindDn", "bindPassword",
            "baseDn", "filter", "groupDn", "disabledFilter", "pageSize", "connectTimeoutSeconds",
            "responseTimeoutSeconds", "trustedCertificatesPem");

    private ApiFieldNames() {
    }

    static List<FieldProblem> of(InvalidSyncSettingsException e) {
        boolean azure = e.settingsOf().filter(type -> type == DirectoryType.AZURE).isPresent();
        String section = azure ? "azure." : "ldap.";
        Set<String> fields = azure ? AzureSettingsInput.FIELDS : LDAP_FIELDS;
        return e.problems().stream().map(p -> fields.contains(p.field())
                ? new FieldProblem(section + p.field(), p.message()) : p).toList();
    }
}
