package org.adsync.sync.engine;

/**
 * The rounds in which a run reconciles its users, each over all of them, batch by batch. Every enabled user's email
 * is matched before any enabled user's name, and enabled users before disabled ones, so that a contact claimed by
 * one rule is reserved for that user whatever order the directory returned users in: the outcome is a function of
 * the contacts and mappings at the start of the run and of the users in scope, and a second run over an unchanged
 * directory changes nothing. Contacts of departed users are deactivated last, so that a new user who takes such a
 * contact over (a user deleted and created again) finds it as it was, whatever their order.
 */
enum MatchingRound {
    /** Mapped enabled users kept in step, and the email rule for every enabled user not mapped yet. */
    EMAIL(Rule.EMAIL, false),
    /** The name rule, for the enabled users the email rule left open, with the contacts mapped meanwhile reserved. */
    NAME(Rule.NAME, false),
    /** The email rule for disabled users in scope: a match is mapped and made inactive, nothing is created. */
    DISABLED_EMAIL(Rule.EMAIL, true),
    /** The name rule for the disabled users the email rule left open. */
    DISABLED_NAME(Rule.NAME, true),
    /** The contacts of mapped users that are disabled or left the scope become inactive. */
    DEPARTED(Rule.NONE, false);

    /** Which matching rule a round applies. */
    enum Rule { EMAIL, NAME, NONE }

    private final Rule rule;
    private final boolean disabledUsers;

    MatchingRound(Rule rule, boolean disabledUsers) {
        this.rule = rule;
        this.disabledUsers = disabledUsers;
    }

    Rule rule() {
        return rule;
    }

    /** Whether the round looks at every user (the others look only at the unmapped ones). */
    boolean walksEveryUser() {
        return this == EMAIL || this == DEPARTED;
    }

    /** Whether the round matches disabled users, who never get a new contact, rather than enabled ones. */
    boolean forDisabledUsers() {
        return disabledUsers;
    }
}
