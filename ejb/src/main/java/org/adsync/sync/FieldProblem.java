package org.adsync.sync;

/** What is wrong with one field of a form or request, said so that an admin can fix it. */
public record FieldProblem(String field, String message) {
}
