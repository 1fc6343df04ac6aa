package org.adsync.directory;

import org.adsync.sync.AzureSettings;
import org.adsync.sync.LdapSettings;

import java.util.Arrays;

/**
 * Everything an adapter needs to reach one directory, with the secret decrypted for this use only. Exactly one of
 * {@code ldap} and {@code azure} is set. {@code deltaLink}, for Entra ID, is where the last successful read ended:
 * the adapter may read only what changed since.
 */
public record DirectorySource(LdapSettings ldap, AzureSettings azure, String deltaLink, char[] secret)
        implements AutoCloseable {

    public DirectorySource(LdapSettings ldap, char[] secret) {
        this(ldap, null, null, secret);
    }

    public DirectorySource(AzureSettings azure, String deltaLink, char[] secret) {
        this(null, azure, deltaLink, secret);
    }

    /** Overwrites the decrypted secret once the read or test is over. */
    @Override
    public void close() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public String toString() {
        return "DirectorySource[" + (ldap != null ? ldap : azure) + ", secret=(hidden)]";
    }
}
