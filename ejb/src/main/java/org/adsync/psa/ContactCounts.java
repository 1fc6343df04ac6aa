package org.adsync.psa;

/** How many contacts an organization has, and how many of them are active. */
public record ContactCounts(long total, long active) {

    public static final ContactCounts NONE = new ContactCounts(0, 0);
}
