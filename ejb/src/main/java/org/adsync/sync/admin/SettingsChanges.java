package org.adsync.sync.admin;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.sync.ScopeChanges;
import org.adsync.sync.SyncInterval;
import org.adsync.sync.admin.SyncConfigurationView.AzureSettingsView;
import org.adsync.sync.admin.SyncConfigurationView.LdapSettingsView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an admin changed when saving a sync, field by field from the old value to the new, for the audit trail.
 * A secret is never a value here: only the words "bind password changed" or "client secret changed"; trusted
 * certificates are named, not quoted.
 */
final class SettingsChanges {

    private final List<String> changes = new ArrayList<>();

    private SettingsChanges() {
    }

    static String between(SyncConfigurationView before, SyncConfigurationView after, boolean secretChanged) {
        SettingsChanges diff = new SettingsChanges();
        diff.compare("Enabled", before.enabled(), after.enabled());
        diff.compare("AD type", before.directoryType(), after.directoryType());
        diff.ldap(before.ldap(), after.ldap());
        diff.azure(before.azure(), after.azure());
        if (secretChanged) {
            diff.changes.add(after.directoryType() == DirectoryType.AZURE ? "client secret changed"
                    : "bind password changed");
        }
        diff.compare("Fields", before.fields(), after.fields());
        diff.compare("Billing product", before.billingProductName(), after.billingProductName());
        diff.compare("Interval", SyncInterval.describe(before.interval()), SyncInterval.describe(after.interval()));
        diff.compare("Deactivation limit", before.deactivationLimit().describe(),
                after.deactivationLimit().describe());
        return diff.changes.isEmpty() ? "Saved without changes" : String.join("; ", diff.changes);
    }

    private void ldap(LdapSettingsView before, LdapSettingsView after) {
        if (before == null || after == null) {
            return;
        }
        compare(before, after, "Host", LdapSettingsView::host);
        compare(before, after, "Port", LdapSettingsView::port);
        compare(before, after, "Connection", LdapSettingsView::transport);
        compare(before, after, "Bind user", LdapSettingsView::bindDn);
        compare(before, after, "Base DN", LdapSettingsView::baseDn);
        if (!Objects.equals(before.filter(), after.filter())) {
            changes.add("Filter: " + filterShown(before.filter()) + " \u2192 " + filterShown(after.filter()));
        }
        compare(before, after, "Group", LdapSettingsView::groupDn);
        compare(before, after, "Disabled when", LdapSettingsView::disabledFilter);
        compare(before, after, "Page size", LdapSettingsView::pageSize);
        compare(before, after, "Connect timeout", LdapSettingsView::connectTimeoutSeconds);
        compare(before, after, "Response timeout", LdapSettingsView::responseTimeoutSeconds);
        named(before.trustedCertificatesPem(), after.trustedCertificatesPem());
    }

    private void azure(AzureSettingsView before, AzureSettingsView after) {
        if (before == null || after == null) {
            return;
        }
        compare(before, after, "Tenant", AzureSettingsView::tenantId);
        compare(before, after, "Application", AzureSettingsView::clientId);
        compare(before, after, "Secret expires", AzureSettingsView::clientSecretExpiresOn);
        compare(before, after, "Group", AzureSettingsView::groupId);
        compare(before, after, "Cloud", AzureSettingsView::cloud);
        compare(before, after, "Login host", AzureSettingsView::loginHost);
        compare(before, after, "Graph host", AzureSettingsView::graphHost);
        named(before.trustedCertificatesPem(), after.trustedCertificatesPem());
    }

    private <S> void compare(S before, S after, String what, Function<S, Object> value) {
        compare(what, value.apply(before), value.apply(after));
    }

    private void compare(String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": " + shown(before) + " \u2192 " + shown(after));
        }
    }

    private void named(String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add("trusted certificates changed");
        }
    }

    private static String filterShown(String filter) {
        return filter == null ? ScopeChanges.USUAL_FILTER : FieldProblem.quoted(filter);
    }

    private static String shown(Object value) {
        return value == null ? "none" : FieldProblem.quoted(value);
    }
}
