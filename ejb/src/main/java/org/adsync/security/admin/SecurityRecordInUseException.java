package org.adsync.security.admin;

import org.adsync.platform.RequestRefusedException;

/**
 * A change refused because something relies on what it would change: a user who signed in (disable them instead),
 * a level with users, a built-in level, or the last enabled user who may manage users.
 */
public class SecurityRecordInUseException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public SecurityRecordInUseException(String message) {
        super(Kind.IN_USE, message);
    }
}
