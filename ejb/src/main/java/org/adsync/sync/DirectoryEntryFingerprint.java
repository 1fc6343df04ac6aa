package org.adsync.sync;

import org.adsync.directory.DirectoryEntry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * 64 bits of SHA-256 over everything a directory entry says, so that a re-sync can tell an unchanged user without
 * loading it. A collision would only make the sync skip one change until the user changes again.
 */
public final class DirectoryEntryFingerprint {

    private DirectoryEntryFingerprint() {
    }

    public static long of(DirectoryEntry entry) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (String value : new String[] {entry.dn(), entry.accountName(), entry.userPrincipalName(),
                entry.displayName(), entry.firstName(), entry.middleName(), entry.lastName(), entry.email(),
                entry.phone(), entry.mobilePhone(), entry.title(), entry.department(),
                Boolean.toString(entry.disabled())}) {
            // a separator no attribute holds, and a marker for "no value", keep ("ab", null) apart from ("a", "b")
            sha256.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0x1F);
        }
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }
}
