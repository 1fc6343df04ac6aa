package org.adsync.security.admin;

/** The user just added and, when adsync made it, the one-time password: shown this once, stored only hashed. */
public record AddedConsoleUser(ConsoleUserView user, String oneTimePassword) {
}
