package org.adsync.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock another person out. Failures are counted per account
 * <em>and</em> address, per address, and per account across addresses: after the allowed failures within the
 * window, every further try is refused unchecked until a delay has passed (one minute, doubling with each further
 * failure up to the window's length). The account-wide count slows only addresses that failed on that account
 * recently: the real user, signing in from an address with no recent failures, is never held up by an attacker's
 * tries from elsewhere, and an attacker slows only themselves. A success forgets that account's failures from that
 * address; an address's failures are forgotten only with time, so one known account cannot be used to keep
 * guessing others. The counts live in this node's memory: on a cluster each node counts the tries it sees.
 */
public final class SignInThrottle {

    /** Failures older than this count no more. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    /** Beyond this, stale entries are swept before a new one is added, so a flood of names cannot grow it. */
    private static final int SWEEP_ABOVE = 10_000;

    /** Across addresses, an account is slowed (for the addresses that failed on it) after this many times more. */
    private static final int ACCOUNT_WIDE_FACTOR = 4;

    private final int accountFailuresBeforeDelay;
    private final int addressFailuresBeforeDelay;
    private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(int accountFailuresBeforeDelay, int addressFailuresBeforeDelay) {
        if (accountFailuresBeforeDelay < 1 || addressFailuresBeforeDelay < 1) {
            throw new IllegalArgumentException("at least one failure must be allowed before a delay");
        }
        this.accountFailuresBeforeDelay = accountFailuresBeforeDelay;
        this.addressFailuresBeforeDelay = addressFailuresBeforeDelay;
    }

    /** How long a try for this account from this address must still wait, if it must. */
    public Optional<Duration> waitBefore(String account, String address, Instant now) {
        Failures fromHere = byAccountAndAddress.get(pair(account, address));
        Duration longest = longest(wait(fromHere, accountFailuresBeforeDelay, now),
                wait(byAddress.get(key(address)), addressFailuresBeforeDelay, now));
        if (fromHere != null && !fromHere.isStale(now)) { // only an address that failed on it is slowed account-wide
            longest = longest(longest, wait(byAccount.get(key(account)),
                    accountFailuresBeforeDelay * ACCOUNT_WIDE_FACTOR, now));
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String account, String address, Instant now) {
        record(byAccountAndAddress, pair(account, address), now);
        record(byAccount, key(account), now);
        record(byAddress, key(address), now);
    }

    public void succeeded(String account, String address) {
        byAccountAndAddress.remove(pair(account, address));
    }

    private static Duration longest(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String pair(String account, String address) {
        return key(account) + "\n" + key(address);
    }

    private static Duration wait(Failures failures, int allowed, Instant now) {
        if (failures == null || failures.isStale(now) || failures.count() < allowed) {
            return Duration.ZERO;
        }
        int beyond = Math.min(failures.count() - allowed, 4);
        Duration delay = FIRST_DELAY.multipliedBy(1L << beyond);
        Instant until = failures.last().plus(delay.compareTo(WINDOW) > 0 ? WINDOW : delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static void record(Map<String, Failures> map, String key, Instant now) {
        if (map.size() > SWEEP_ABOVE) {
            map.values().removeIf(failures -> failures.isStale(now));
        }
        map.merge(key, new Failures(1, now, now), (old, one) -> old.isStale(now) ? one : old.plusOne(now));
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Failures since {@code first}; a run of them ends once the last is older than the window. */
    private record Failures(int count, Instant first, Instant last) {

        Failures plusOne(Instant now) {
            return new Failures(count + 1, first, now);
        }

        boolean isStale(Instant now) {
            return last.plus(WINDOW).isBefore(now);
        }
    }
}
