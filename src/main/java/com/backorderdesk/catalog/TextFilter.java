package com.backorderdesk.catalog;

import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.Where;

import java.util.Optional;
import java.util.function.Function;

/**
 * A list filter on customers or products as a person types it: an exact code filters by that
 * code; anything else finds every code or name that contains it, in any case. Nothing typed, no
 * condition ({@link Where}).
 */
public record TextFilter(String exact, String like) {

    static final TextFilter NONE = new TextFilter(null, null);

    /** The filter for {@code typed}, given how to find the record with exactly that code. */
    static TextFilter of(String typed, Function<String, Optional<?>> byCode) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        String code = typed.strip();
        return byCode.apply(code).isPresent() ? new TextFilter(code, null) : new TextFilter(code, Page.contains(typed));
    }

    /**
     * This filter on a customer, product or supplier path, added to {@code where} when something
     * was typed: {@code in(where, "o.customer", "customer", "code")}. {@code around} puts the
     * condition in context, {@code "exists (select l from OrderLine l where l.order = o and %s)"}.
     */
    public Where in(Where where, String around, String path, String name, String codeField) {
        if (like != null) {
            return where.and(around.formatted("(lower(" + path + "." + codeField + ") like :" + name + " escape '\\' or lower(" + path
                    + ".name) like :" + name + " escape '\\')"), name, like);
        }
        return where.and(around.formatted(path + "." + codeField + " = :" + name), name, exact);
    }

    public Where in(Where where, String path, String name, String codeField) {
        return in(where, "%s", path, name, codeField);
    }
}
