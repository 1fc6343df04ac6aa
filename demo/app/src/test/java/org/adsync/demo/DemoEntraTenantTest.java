package org.adsync.demo;

import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.directory.graph.GraphDirectoryReader;
import org.adsync.directory.graph.GraphTenant;
import org.adsync.psa.PersonName;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.AzureSettingsInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's Entra ID tenant, read as the README tells an admin to set it up, overlaps with Fabrikam's contacts. */
class DemoEntraTenantTest {

    @TempDir
    Path dataDir;

    @Test
    void theReadmeSettingsReadFabrikamsUsers() throws Exception {
        try (EntraLookAlike tenant = EntraLookAlike.start(dataDir.resolve("entra.p12"), DemoEntraTenant.TENANT_ID,
                DemoEntraTenant.DOMAIN, DemoEntraTenant.CLIENT_ID, DemoEntraTenant.CLIENT_SECRET)) {
            tenant.putGroup(DemoEntraTenant.SALES_GROUP_ID, "Sales", DemoEntraTenant.fill(tenant));
            AzureSettingsInput.Builder input = new AzureSettingsInput.Builder().tenantId(DemoEntraTenant.TENANT_ID)
                    .clientId(DemoEntraTenant.CLIENT_ID).cloud(AzureCloud.CUSTOM).loginHost(tenant.host())
                    .graphHost(tenant.host()).trustedCertificatesPem(tenant.certificatePem());
            GraphDirectoryReader reader = new GraphDirectoryReader();

            List<DirectoryEntry> users = new ArrayList<>();
            reader.readUsers(source(input.build()), users::addAll);
            assertEquals(19, users.size(), "20 users, the guest left out");
            assertEquals(1, users.stream().filter(DirectoryEntry::disabled).count());
            for (int i = 0; i < 6; i++) {
                PersonName contact = DemoPeople.nameAt(i * 7);
                String email = DemoPeople.emailFor(contact, "fabrikaminc.example");
                assertTrue(users.stream().anyMatch(u -> email.equals(u.email())), email + " is a Fabrikam contact's");
            }

            ConnectionTestReport sales = reader.testConnection(source(input.groupId(DemoEntraTenant.SALES_GROUP_ID)
                    .build()));
            assertTrue(sales.succeeded(), sales.toString());
            assertTrue(sales.steps().get(2).detail().contains("'Sales': 7 users"), sales.steps().get(2).detail());
        }
    }

    private static GraphTenant source(AzureSettingsInput input) {
        return AzureSettings.of(input, "(encrypted elsewhere)").tenant(DemoEntraTenant.CLIENT_SECRET.toCharArray(),
                null);
    }
}
