package com.backorderdesk.catalog;

import com.backorderdesk.platform.Problem;
import com.backorderdesk.web.FormInput;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a person typed into a customer or product field names: the code exactly, the code in
 * any case, the name in any case, or the one record whose code or name contains it. Several
 * records are candidates to choose from; none is an unknown code.
 */
public record Lookup<T>(Optional<T> found, List<String> candidates) {

    static final int MAX_CANDIDATES = 5;

    /**
     * @param exact      the record with exactly this code
     * @param anyCase    the record with this code in any case
     * @param containing records whose code or name contains the text, any case, by code
     */
    static <T> Lookup<T> of(String text, Function<String, Optional<T>> exact, Function<String, Optional<T>> anyCase,
                            Function<String, List<T>> containing, Function<T, String> code, Function<T, String> name) {
        if (text == null || text.isBlank()) {
            return new Lookup<>(Optional.empty(), List.of());
        }
        String typed = text.strip();
        Optional<T> found = exact.apply(typed).or(() -> anyCase.apply(typed));
        if (found.isPresent()) {
            return new Lookup<>(found, List.of());
        }
        List<T> matches = containing.apply(typed);
        List<T> named = matches.stream().filter(m -> name.apply(m).equalsIgnoreCase(typed)).toList();
        if (named.size() == 1) {
            return new Lookup<>(Optional.of(named.get(0)), List.of());
        }
        if (matches.size() == 1) {
            return new Lookup<>(Optional.of(matches.get(0)), List.of());
        }
        return new Lookup<>(Optional.empty(), matches.stream().limit(MAX_CANDIDATES).map(m -> code.apply(m) + " (" + name.apply(m) + ")").toList());
    }

    /**
     * The code of the record a person named in a form field by code or name, whole or in part,
     * in any case; one that names none or several is refused on its field at once, beside
     * every other message of the form.
     */
    public static <T> String resolve(FormInput form, String field, String typed, Function<String, Lookup<T>> lookup,
                                     Function<T, String> code, String kind) {
        if (typed == null || typed.isBlank()) {
            return null; // missing: "must be filled in"
        }
        Lookup<T> found = lookup.apply(typed);
        if (found.found().isPresent()) {
            return code.apply(found.found().get());
        }
        form.reject(field, found.refusal(field, kind, typed.strip()).getMessage());
        return typed.strip();
    }

    /** The refusal when nothing was found: unknown, or which of several was meant. */
    public Problem refusal(String field, String kind, String typed) {
        if (candidates.isEmpty()) {
            return Problem.notFound(field, "Unknown " + kind + " '" + typed + "'.");
        }
        return Problem.invalid(field, "'" + typed + "' matches several: " + String.join(", ", candidates)
                + (candidates.size() == MAX_CANDIDATES ? " and more" : "") + ". Type more of the name, or the code.");
    }
}
