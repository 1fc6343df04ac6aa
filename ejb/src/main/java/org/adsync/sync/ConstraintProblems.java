package org.adsync.sync;

import jakarta.validation.ConstraintViolation;
import org.adsync.directory.FieldProblem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The Bean Validation constraints of an input record as field problems, in the order of the record's fields, with
 * the console's and the API's field names (the record's component names). A message that repeats the submitted
 * value says {@value #SUBMITTED} where it goes: the value is put in here, quoted and cut short, and never passes
 * through message interpolation, where a caller's text could be read as an expression.
 */
public final class ConstraintProblems {

    /** Where a constraint's message repeats the value submitted; left as it is by message interpolation. */
    public static final String SUBMITTED = "{submitted}";

    private ConstraintProblems() {
    }

    public static <T extends Record> List<FieldProblem> of(Set<ConstraintViolation<T>> violations, Class<T> input) {
        List<String> fields = Arrays.stream(input.getRecordComponents()).map(c -> c.getName()).toList();
        return violations.stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(),
                        v.getMessage().replace(SUBMITTED, FieldProblem.quoted(v.getInvalidValue()))))
                .sorted(Comparator.comparingInt(p -> fields.indexOf(p.field())))
                .toList();
    }
}
