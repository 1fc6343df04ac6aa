package org.adsync.sync;

/** An organization the Setup tab can offer: its id and name. */
public record OrganizationOption(long id, String name) {
}
