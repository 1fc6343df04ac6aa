package org.adsync.psa;

/** A contact as matching finds it: its id and its match keys. */
public record ContactKey(long id, String emailKey, String nameKey) {
}
