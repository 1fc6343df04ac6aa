package org.adsync.psa.admin;

/** A contact billing product as an admin or a script gives it; {@code defaultForNewSyncs} null leaves it as it is. */
public record BillingProductInput(String name, Boolean defaultForNewSyncs) {
}
