package org.adsync.sync;

import java.util.EnumSet;
import java.util.Set;

/** The contact fields an AD Sync may keep in step with the directory; each configuration selects some. */
public enum ContactField {
    FIRST_NAME("First name"),
    MIDDLE_NAME("Middle name"),
    LAST_NAME("Last name"),
    EMAIL("Email"),
    PHONE("Phone"),
    MOBILE_PHONE("Mobile phone"),
    TITLE("Title");

    private final String label;

    ContactField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Set<ContactField> all() {
        return EnumSet.allOf(ContactField.class);
    }
}
