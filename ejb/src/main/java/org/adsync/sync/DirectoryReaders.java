package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.adsync.directory.DirectoryReader;
import org.adsync.directory.DirectorySource;
import org.adsync.secret.SecretCipher;

/** Finds the adapter for a kind of directory and gives it the configuration's source, secret decrypted. */
@ApplicationScoped
public class DirectoryReaders {

    @Inject
    @Any
    Instance<DirectoryReader> readers;

    @Inject
    SecretCipher cipher;

    public DirectoryReader forType(DirectoryType type) {
        for (DirectoryReader reader : readers) {
            if (reader.type() == type) {
                return reader;
            }
        }
        throw new IllegalStateException("No directory adapter for " + type + " in this version of adsync");
    }

    /** The source to read; close it when done, which overwrites the decrypted secret. */
    public DirectorySource sourceOf(LdapSettings ldap, String encryptedSecret) {
        return new DirectorySource(ldap, cipher.decrypt(encryptedSecret));
    }

    /** An Entra ID source, continuing from the delta link if one is given. */
    public DirectorySource sourceOf(AzureSettings azure, String deltaLink) {
        return new DirectorySource(azure, deltaLink, cipher.decrypt(azure.encryptedClientSecret()));
    }

    /** The source a sync run reads. */
    public DirectorySource sourceOf(SyncPlan plan) {
        return plan.directoryType() == DirectoryType.AZURE ? sourceOf(plan.azure(), plan.deltaLink())
                : sourceOf(plan.ldap(), plan.encryptedSecret());
    }
}
