package com.backorderdesk.platform;

import jakarta.ejb.ApplicationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the application refuses, with a message for a person: invalid input (400), an
 * unknown reference (404) or a conflict with the current state (409). Thrown before anything
 * changes, or it rolls the transaction back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class Problem extends RuntimeException {

    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final Map<String, String> fieldErrors;

    private Problem(Kind kind, String message, Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors)); // in order: the first is "field"
    }

    public static Problem invalid(String field, String message) {
        return new Problem(Kind.INVALID, message, field == null ? Map.of() : Map.of(field, message));
    }

    /** Several fields at fault at once (forms show each message beside its field). */
    public static Problem invalid(Map<String, String> fieldErrors) {
        Map.Entry<String, String> first = fieldErrors.entrySet().iterator().next();
        return new Problem(Kind.INVALID, first.getValue(), new LinkedHashMap<>(fieldErrors));
    }

    /** What a check found wrong in one pass: answered as the first, with the message of every field. */
    public static Problem all(List<Problem> found) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        found.forEach(problem -> fieldErrors.putAll(problem.fieldErrors));
        Problem first = found.get(0);
        return new Problem(first.kind, first.getMessage(), fieldErrors);
    }

    public static Problem notFound(String field, String message) {
        return new Problem(Kind.NOT_FOUND, message, field == null ? Map.of() : Map.of(field, message));
    }

    public static Problem conflict(String field, String message) {
        return new Problem(Kind.CONFLICT, message, field == null ? Map.of() : Map.of(field, message));
    }

    /** Well-formed, but it cannot be taken as it is (a request key used before for another request). */
    public static Problem unprocessable(String field, String message) {
        return new Problem(Kind.UNPROCESSABLE, message, field == null ? Map.of() : Map.of(field, message));
    }

    public Kind kind() {
        return kind;
    }

    /** The first field at fault, or {@code null} when the problem is not about one field. */
    public String field() {
        return fieldErrors.isEmpty() ? null : fieldErrors.keySet().iterator().next();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
