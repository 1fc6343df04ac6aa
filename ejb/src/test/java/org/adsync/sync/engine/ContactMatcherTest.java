package org.adsync.sync.engine;

import org.adsync.sync.ScopeFacts;
import org.adsync.sync.engine.ContactMatcher.Candidate;
import org.adsync.sync.engine.ContactMatcher.Conflict;
import org.adsync.sync.engine.ContactMatcher.CreateContact;
import org.adsync.sync.engine.ContactMatcher.Decision;
import org.adsync.sync.engine.ContactMatcher.MapTo;
import org.adsync.sync.engine.ContactMatcher.MatchSubject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matching rules of PRODUCT.md, one by one. */
class ContactMatcherTest {

    private static final ScopeFacts NOTHING_SHARED = new ScopeFacts(Set.of(), Set.of());
    private static final MatchSubject ADA = new MatchSubject("Ada@Example.com", "ada@example.com", "ada lovelace",
            "Ada Lovelace");

    private static Candidate active(long id) {
        return new Candidate(id, true, null);
    }

    private static Candidate inactive(long id) {
        return new Candidate(id, false, null);
    }

    @Nested
    class ByEmail {

        @Test
        void aSingleActiveContactWithTheEmailIsMapped() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(active(7)), List.of());

            assertEquals(new MapTo(7, false, "email Ada@Example.com"), decision);
        }

        @Test
        void activeContactsComeBeforeInactiveOnes() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(inactive(3), active(7)), List.of());

            assertEquals(7, ((MapTo) decision).contactId());
            assertEquals(false, ((MapTo) decision).reactivate());
        }

        @Test
        void aSingleInactiveMatchIsMappedAndReactivated() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(inactive(3)), List.of());

            assertEquals(new MapTo(3, true, "email Ada@Example.com"), decision);
        }

        @Test
        void severalActiveMatchesAreAConflict() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(active(1), active(2)), List.of());

            assertTrue(((Conflict) decision).reason().startsWith("2 active contacts match by email"));
        }

        @Test
        void severalInactiveMatchesAreAConflict() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(inactive(1), inactive(2)),
                    List.of());

            assertTrue(((Conflict) decision).reason().startsWith("2 inactive contacts match by email"));
        }

        @Test
        void anEmailSharedWithAnotherDirectoryUserIsAConflictEvenWithoutAContact() {
            ScopeFacts shared = new ScopeFacts(Set.of("ada@example.com"), Set.of());

            Decision decision = ContactMatcher.decide(ADA, shared, List.of(), List.of());

            assertTrue(((Conflict) decision).reason().contains("Shares the email address Ada@Example.com"));
        }

        @Test
        void theEmailDecidesBeforeTheName() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(active(7)), List.of(active(8)));

            assertEquals(7, ((MapTo) decision).contactId());
        }

        @Test
        void aContactMappedToAnotherDirectoryUserIsAConflict() {
            Decision decision = ContactMatcher.decide(ADA, NOTHING_SHARED,
                    List.of(new Candidate(7, true, "Augusta King")), List.of());

            assertTrue(((Conflict) decision).reason().contains("already mapped to the directory user Augusta King"));
        }
    }

    @Nested
    class ByName {

        private final MatchSubject noEmail = new MatchSubject(null, null, "ada lovelace", "Ada Lovelace");

        @Test
        void withoutAnEmailMatchTheNameDecides() {
            assertEquals(new MapTo(8, false, "name Ada Lovelace"),
                    ContactMatcher.decide(noEmail, NOTHING_SHARED, List.of(), List.of(active(8))));
            assertEquals(new MapTo(8, false, "name Ada Lovelace"),
                    ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(), List.of(active(8))));
        }

        @Test
        void aSingleInactiveNameMatchIsReactivated() {
            assertEquals(new MapTo(8, true, "name Ada Lovelace"),
                    ContactMatcher.decide(noEmail, NOTHING_SHARED, List.of(), List.of(inactive(8))));
        }

        @Test
        void severalContactsWithTheNameAreAConflict() {
            assertInstanceOf(Conflict.class,
                    ContactMatcher.decide(noEmail, NOTHING_SHARED, List.of(), List.of(active(8), active(9))));
        }

        @Test
        void aNameSharedWithAnotherDirectoryUserIsAConflictWhereTheNameDecides() {
            ScopeFacts shared = new ScopeFacts(Set.of(), Set.of("ada lovelace"));

            Decision decision = ContactMatcher.decide(noEmail, shared, List.of(), List.of(active(8)));

            assertTrue(((Conflict) decision).reason().startsWith("Has the same name as another directory user"));
        }

        @Test
        void aSharedNameDoesNotMatterWhenNoContactHasIt() {
            ScopeFacts shared = new ScopeFacts(Set.of(), Set.of("ada lovelace"));

            assertInstanceOf(CreateContact.class, ContactMatcher.decide(noEmail, shared, List.of(), List.of()));
        }

        @Test
        void aSharedNameDoesNotMatterWhenTheEmailDecides() {
            ScopeFacts shared = new ScopeFacts(Set.of(), Set.of("ada lovelace"));

            assertEquals(7, ((MapTo) ContactMatcher.decide(ADA, shared, List.of(active(7)), List.of(active(8))))
                    .contactId());
        }
    }

    @Test
    void noMatchCreatesAContact() {
        assertInstanceOf(CreateContact.class, ContactMatcher.decide(ADA, NOTHING_SHARED, List.of(), List.of()));
        assertInstanceOf(CreateContact.class, ContactMatcher.decide(new MatchSubject(null, null, null, "?"),
                NOTHING_SHARED, List.of(), List.of()));
    }
}
