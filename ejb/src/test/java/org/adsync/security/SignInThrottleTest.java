package org.adsync.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private final SignInThrottle throttle = new SignInThrottle(5, 20);

    @Test
    void fiveFailuresInARowMakeTheNextTryWaitAMinuteAndEachFurtherFailureDoublesIt() {
        fail("admin", "10.0.0.1", 4);
        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.1", T0), "four failures cost nothing");

        throttle.failed("admin", "10.0.0.1", T0);
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitBefore("admin", "10.0.0.1", T0));
        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.1", T0.plusSeconds(60)));

        throttle.failed("admin", "10.0.0.1", T0.plusSeconds(60));
        assertEquals(Optional.of(Duration.ofMinutes(2)), throttle.waitBefore("ADMIN ", "10.0.0.1",
                T0.plusSeconds(60)), "names are compared as the sign-in compares them");
    }

    @Test
    void anAttackersFailuresNeverHoldUpTheRealUserFromAnotherAddress() {
        fail("admin", "203.0.113.7", 30); // one wrong try per 15 minutes would keep an account-wide lock forever

        assertTrue(throttle.waitBefore("admin", "203.0.113.7", T0).isPresent(), "the attacker slows themselves");
        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.1", T0),
                "the real user signs in from their own address at once");
    }

    @Test
    void manyAddressesGuessingOneAccountAreEachSlowedOnceTheyFailedThere() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", "198.51.100." + i, T0);
        }

        assertTrue(throttle.waitBefore("admin", "198.51.100.3", T0).isPresent(), "20 failures account-wide");
        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.1", T0),
                "an address that has not failed on the account is not slowed by the others");
    }

    @Test
    void theDelayNeverExceedsTheWindow() {
        fail("admin", "10.0.0.1", 30);

        assertEquals(Optional.of(SignInThrottle.WINDOW), throttle.waitBefore("admin", "10.0.0.1", T0));
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        fail("admin", "10.0.0.1", 4);
        throttle.succeeded("admin", "10.0.0.1");
        fail("admin", "10.0.0.1", 4);

        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.1", T0));
    }

    @Test
    void anAddressGuessingManyAccountsWaitsEvenForAnAccountItNeverTried() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7", T0);
        }
        throttle.succeeded("user0", "203.0.113.7");

        assertTrue(throttle.waitBefore("someone-else", "203.0.113.7", T0).isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("someone-else", "198.51.100.1", T0));
    }

    @Test
    void failuresOlderThanTheWindowCountNoMore() {
        fail("admin", "10.0.0.1", 4);
        Instant later = T0.plus(SignInThrottle.WINDOW).plusSeconds(1);
        throttle.failed("admin", "10.0.0.1", later);

        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.1", later));
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address, T0);
        }
    }
}
