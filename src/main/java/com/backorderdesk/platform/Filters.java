package com.backorderdesk.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Values from query strings and forms: blank means "any"; enum words in any case, or a 400 naming the field. */
public final class Filters {

    private Filters() {
    }

    /** The trimmed text, or null when blank (no filter). */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The constant named by the text, or null when blank (no filter). */
    public static <E extends Enum<E>> E optional(Class<E> type, String text, String field) {
        return optional(text) == null ? null : required(type, text, field);
    }

    /** The constant named by the text (any case), else a {@link Problem} listing the words that are allowed. */
    public static <E extends Enum<E>> E required(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(field, (text == null || text.isBlank() ? field + " must be filled in" : "Unknown " + field + " '" + text + "'")
                    + ". Use " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
