package org.adsync.sync;

/**
 * The directory user a contact is mapped to, as matching needs to know it: its name for messages, whether it is
 * active in the directory, whether it is still in scope, and its directory email key (null without one), which
 * this run writes to the contact.
 */
public record MappedUser(String displayName, boolean activeInDirectory, boolean inScope, String emailKey) {

    /**
     * Whether this user's directory address decides the contact's address in this run: an active user with an
     * address, when emails flow. Such a contact's stored address is on its way out, or the same as the user's.
     */
    public boolean ownsEmailOfContact(boolean emailsFlow) {
        return emailsFlow && activeInDirectory && emailKey != null;
    }

    /**
     * Whether the contact may go to another user who matches it: its user was deleted, moved or filtered out of
     * the scope, so the mapping points at no one the directory still has (a disabled user still has it).
     */
    public boolean departed() {
        return !inScope;
    }
}
