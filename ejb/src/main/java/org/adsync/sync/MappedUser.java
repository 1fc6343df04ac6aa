package org.adsync.sync;

/** The directory user a contact is mapped to, as matching needs to know it. */
public record MappedUser(String displayName, boolean activeInDirectory) {
}
