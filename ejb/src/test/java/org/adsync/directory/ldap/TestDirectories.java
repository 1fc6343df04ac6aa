package org.adsync.directory.ldap;

import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.DirectoryEntry;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Directories for the adapter's tests, and the settings that reach them. */
final class TestDirectories {

    static final String BASE_DN = "DC=test,DC=example";
    static final String SERVICE_DN = "CN=svc-adsync,CN=Users," + BASE_DN;
    static final String SERVICE_PASSWORD = "Svc-Password-1";

    private TestDirectories() {
    }

    static LookAlikeDirectory activeDirectory(Path dir) throws Exception {
        return LookAlikeDirectory.start(dir.resolve("directory.p12"), BASE_DN, 0, SERVICE_DN, SERVICE_PASSWORD);
    }

    static LdapSettingsInput.Builder settings(LookAlikeDirectory directory) throws Exception {
        return new LdapSettingsInput.Builder().host("127.0.0.1").port(directory.port())
                .transport(LdapTransport.LDAPS).bindDn(SERVICE_DN).password(SERVICE_PASSWORD)
                .baseDn(BASE_DN).trustedCertificatesPem(directory.certificatePem());
    }

    static LdapConnectionSettings source(LdapSettingsInput input) {
        return LdapSettings.of(input, "encrypted").connection(input.bindPassword() == null ? null
                : input.bindPassword().clone());
    }

    static List<ActiveDirectoryUser> addUsers(LookAlikeDirectory directory, String container, int count)
            throws Exception {
        String parent = directory.addContainer(container);
        List<ActiveDirectoryUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ActiveDirectoryUser user = ActiveDirectoryUser.named("User" + i, "Test", "user" + i + "@test.example");
            directory.addUser(user, parent);
            users.add(user);
        }
        return users;
    }

    static List<DirectoryEntry> readAll(LdapDirectoryReader reader, LdapConnectionSettings source,
                                        List<Integer> pageSizes)
            throws Exception {
        List<DirectoryEntry> all = new ArrayList<>();
        reader.readUsers(source, page -> {
            pageSizes.add(page.size());
            all.addAll(page);
        });
        return all;
    }
}
