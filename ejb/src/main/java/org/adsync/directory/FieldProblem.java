package org.adsync.directory;

/** What is wrong with one field of a form or request, said so that an admin can fix it. */
public record FieldProblem(String field, String message) {

    /** The longest part of a submitted value that a message repeats. */
    public static final int MAX_ECHOED_CHARACTERS = 200;

    /**
     * A submitted value in quotes, as a message repeats it: at most {@value #MAX_ECHOED_CHARACTERS} characters, so
     * that a huge value neither bloats the answer nor lets a caller put text of their choice into it at length.
     */
    public static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() <= MAX_ECHOED_CHARACTERS ? text
                : text.substring(0, MAX_ECHOED_CHARACTERS) + "…") + "'";
    }
}
