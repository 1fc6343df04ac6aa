package org.adsync.security;

/**
 * Whether every local user may sign in with their password, or (with single sign-on set up and local sign-in
 * switched off) only the break-glass accounts.
 */
@FunctionalInterface
public interface LocalSignInPolicy {

    boolean allowedForEveryone();
}
