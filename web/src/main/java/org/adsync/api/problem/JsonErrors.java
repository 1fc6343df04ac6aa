package org.adsync.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import org.adsync.directory.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a request body in the caller's terms: where the JSON breaks, or which property does not
 * fit. The JSON library's own words name Java classes and change between versions, so only the property name is
 * taken from them.
 */
final class JsonErrors {

    /** Yasson 3: "Unable to deserialize property 'ldap' because of: ..." for each level it was in. */
    private static final Pattern WITHIN_PROPERTY = Pattern.compile("property '([^']+)' because");
    /** Yasson 3: "Json property bindPasword can not be mapped to a class ...". */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");

    private JsonErrors() {
    }

    static Problem describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                return Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON: it breaks at line "
                        + parsing.getLocation().getLineNumber() + ", column "
                        + parsing.getLocation().getColumnNumber() + ".");
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null) {
                return describeBinding(t.getMessage());
            }
        }
        return unfit();
    }

    private static Problem describeBinding(String message) {
        List<String> path = new ArrayList<>();
        Matcher within = WITHIN_PROPERTY.matcher(message);
        while (within.find()) {
            path.add(within.group(1));
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            path.add(unknown.group(1));
            String field = String.join(".", path);
            return field(field, "There is no property " + FieldProblem.quoted(field) + " here: check its spelling "
                    + "against the API description (openapi.yaml)");
        }
        if (!path.isEmpty()) {
            String field = String.join(".", path);
            return field(field, "The value of " + FieldProblem.quoted(field) + " has the wrong type (a number, "
                    + "text, true/false, list or object): see the API description (openapi.yaml)");
        }
        return unfit();
    }

    private static Problem unfit() {
        return Problem.of(ProblemType.MALFORMED_JSON,
                "The body is not the JSON this resource takes (an object, for most); the API description "
                        + "(openapi.yaml) shows it.");
    }

    private static Problem field(String name, String message) {
        return Problem.invalid(ProblemType.MALFORMED_JSON, List.of(new FieldProblem(name, message)));
    }
}
