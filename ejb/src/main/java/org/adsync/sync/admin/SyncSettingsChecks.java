package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.adsync.directory.Directories;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.directory.tls.TrustedCertificates;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.ConstraintProblems;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.SyncInterval;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks settings as a whole before anything is saved or any directory is called: every problem at once, each
 * named by its field, so the console and the API can show them all beside their inputs.
 */
@ApplicationScoped
class SyncSettingsChecks {

    /** Stands in for the stored secret where none is needed: syntax checks, or a secret typed just now. */
    static final String NO_SECRET_NEEDED = "(syntax check only)";

    @Inject
    Directories directories;

    @Inject
    Validator validator;

    void requireValid(LdapSyncRequest request) {
        requireValid(request, List.of());
    }

    /** Refuses the request with these problems found before and every problem of its own, all at once. */
    void requireValid(LdapSyncRequest request, List<FieldProblem> foundBefore) {
        List<FieldProblem> problems = new ArrayList<>(foundBefore);
        SyncInterval.problemWith(request.interval()).ifPresent(problems::add);
        Optional.ofNullable(request.deactivationLimit()).flatMap(DeactivationLimit::problem).ifPresent(problems::add);
        problems.addAll(problemsWith(request.ldap()));
        requireNone(DirectoryType.LDAP, problems);
    }

    void requireValid(AzureSyncRequest request) {
        requireValid(request, List.of());
    }

    /** Refuses the request with these problems found before and every problem of its own, all at once. */
    void requireValid(AzureSyncRequest request, List<FieldProblem> foundBefore) {
        List<FieldProblem> problems = new ArrayList<>(foundBefore);
        SyncInterval.problemWith(request.interval()).ifPresent(problems::add);
        Optional.ofNullable(request.deactivationLimit()).flatMap(DeactivationLimit::problem).ifPresent(problems::add);
        problems.addAll(problemsWith(request.azure()));
        requireNone(DirectoryType.AZURE, problems);
    }

    void requireValid(LdapSettingsInput input) {
        requireNone(DirectoryType.LDAP, problemsWith(input));
    }

    void requireValid(AzureSettingsInput input) {
        requireNone(DirectoryType.AZURE, problemsWith(input));
    }

    private static void requireNone(DirectoryType settingsOf, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidSyncSettingsException(settingsOf, problems);
        }
    }

    /** The LDAP filter and DNs are parsed only once the fields themselves are fine. */
    private List<FieldProblem> problemsWith(LdapSettingsInput input) {
        List<FieldProblem> problems = new ArrayList<>(ConstraintProblems.of(validator.validate(input),
                LdapSettingsInput.class));
        certificateProblem(input.trustedCertificatesPem()).ifPresent(problems::add);
        if (problems.isEmpty()) {
            LdapSettings settings = new LdapSettings(input, NO_SECRET_NEEDED);
            problems.addAll(directories.checkSyntax(settings.connection(null)));
        }
        return problems;
    }

    private List<FieldProblem> problemsWith(AzureSettingsInput input) {
        List<FieldProblem> problems = new ArrayList<>(ConstraintProblems.of(validator.validate(input),
                AzureSettingsInput.class));
        certificateProblem(input.trustedCertificatesPem()).ifPresent(problems::add);
        return problems;
    }

    /** Certificates that do not parse are refused when saved or tested, not found out at the first sync. */
    private static Optional<FieldProblem> certificateProblem(String trustedCertificatesPem) {
        if (trustedCertificatesPem == null) {
            return Optional.empty();
        }
        try {
            TrustedCertificates.parse(trustedCertificatesPem);
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of(new FieldProblem("trustedCertificatesPem", "The trusted certificates are not PEM "
                    + "certificates (-----BEGIN CERTIFICATE----- ...): " + e.getMessage()));
        }
    }
}
