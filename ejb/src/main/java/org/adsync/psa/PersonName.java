package org.adsync.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A contact's first, middle and last name. A value object: two names with the same parts are equal. */
@Embeddable
public class PersonName {

    public static final int MAX_PART_LENGTH = 100;

    @Column(name = "first_name", length = MAX_PART_LENGTH)
    private String first;

    @Column(name = "middle_name", length = MAX_PART_LENGTH)
    private String middle;

    @Column(name = "last_name", length = MAX_PART_LENGTH)
    private String last;

    protected PersonName() {
        // for JPA
    }

    public PersonName(String first, String middle, String last) {
        this.first = Text.optional(first, "First name", MAX_PART_LENGTH);
        this.middle = Text.optional(middle, "Middle name", MAX_PART_LENGTH);
        this.last = Text.optional(last, "Last name", MAX_PART_LENGTH);
        if (this.first == null && this.last == null) {
            throw new IllegalArgumentException("A contact needs a first or a last name");
        }
    }

    public String first() {
        return first;
    }

    public String middle() {
        return middle;
    }

    public String last() {
        return last;
    }

    /** "First Middle Last", skipping blank parts. */
    public String displayName() {
        return Stream.of(first, middle, last).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that
                && Objects.equals(first, that.first)
                && Objects.equals(middle, that.middle)
                && Objects.equals(last, that.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, middle, last);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
