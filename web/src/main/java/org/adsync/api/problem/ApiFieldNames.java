package org.adsync.api.problem;

import org.adsync.sync.FieldProblem;

import java.util.List;
import java.util.Set;

/**
 * The services name a field as the Setup tab does ({@code filter}); in the API's JSON the LDAP settings sit in an
 * object of their own, so the field a caller must fix is {@code ldap.filter}.
 */
final class ApiFieldNames {

    private static final Set<String> LDAP_FIELDS = Set.of("host", "port", "transport", "bindDn", "bindPassword",
            "baseDn", "filter", "groupDn", "pageSize", "connectTimeoutSeconds", "responseTimeoutSeconds",
            "trustedCertificatesPem");

    private ApiFieldNames() {
    }

    static List<FieldProblem> of(List<FieldProblem> problems) {
        return problems.stream().map(p -> LDAP_FIELDS.contains(p.field())
                ? new FieldProblem("ldap." + p.field(), p.message()) : p).toList();
    }
}
