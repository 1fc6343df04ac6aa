package org.adsync.directory;

/**
 * Everything an adapter needs to reach one directory, its secret decrypted for this use only. Each adapter owns its
 * kind of source (the LDAP adapter's {@code LdapConnectionSettings}, the Graph adapter's {@code GraphTenant}); the
 * caller maps its own stored settings onto it. Close it once the read or test is over, which overwrites the secret.
 * (Not sealed: Java seals across packages only inside a named module, and the adapters live in packages of their
 * own.)
 */
public interface DirectorySource extends AutoCloseable {

    DirectoryType type();

    @Override
    void close();
}
