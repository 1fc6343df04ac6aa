package org.adsync.sync;

/**
 * The two rounds in which a run reconciles its users, each over all of them, batch by batch. Every user's email is
 * matched before any user's name, so that a contact claimed by email is reserved for that user whatever order the
 * directory returned users in: the outcome is a function of the contacts and mappings at the start of the run and
 * of the users in scope, and a second run over an unchanged directory changes nothing.
 */
enum MatchingRound {
    /** Mapped users kept in step, departed ones settled, and the email rule for every user not mapped yet. */
    EMAIL,
    /** The name rule, for the users the email rule left open, with the contacts mapped meanwhile reserved. */
    NAME
}
