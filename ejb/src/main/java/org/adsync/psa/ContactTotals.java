package org.adsync.psa;

/** How many contacts an organization has, and how many of them are active. */
public record ContactTotals(long total, long active) {

    public static final ContactTotals NONE = new ContactTotals(0, 0);
}
