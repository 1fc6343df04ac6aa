package org.adsync.directory;

import org.adsync.sync.LdapSettings;

import java.util.Arrays;

/** Everything an adapter needs to reach one directory, with the secret decrypted for this use only. */
public record DirectorySource(LdapSettings ldap, char[] secret) implements AutoCloseable {

    /** Overwrites the decrypted secret once the read or test is over. */
    @Override
    public void close() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public String toString() {
        return "DirectorySource[" + ldap + ", secret=(hidden)]";
    }
}
