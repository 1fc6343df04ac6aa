package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.adsync.directory.DeltaPosition;
import org.adsync.directory.DirectorySource;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.graph.GraphTenant;
import org.adsync.directory.ldap.LdapConnectionSettings;
import org.adsync.secret.SecretCipher;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.LdapSettings;

/** A configuration's stored settings as the source its adapter reads, the secret decrypted for this use only. */
@ApplicationScoped
public class DirectorySources {

    @Inject
    SecretCipher cipher;

    /** The LDAP source; close it when done, which overwrites the decrypted password. */
    public LdapConnectionSettings sourceOf(LdapSettings ldap, String encryptedSecret) {
        return ldap.connection(cipher.decrypt(encryptedSecret));
    }

    /** An Entra ID source, continuing from the delta link if one is given. */
    public GraphTenant sourceOf(AzureSettings azure, String deltaLink) {
        return azure.tenant(cipher.decrypt(azure.encryptedClientSecret()), deltaLink);
    }

    /**
     * The source a sync run reads, with where the last read ended: Graph takes only a link to continue from, the
     * LDAP reader also why it must read in full.
     */
    public DirectorySource sourceOf(SyncPlan plan) {
        return plan.directoryType() == DirectoryType.AZURE
                ? sourceOf(plan.azure(), DeltaPosition.continuable(plan.deltaLink()).orElse(null))
                : plan.ldap().connection(cipher.decrypt(plan.encryptedSecret()), plan.deltaLink());
    }
}
