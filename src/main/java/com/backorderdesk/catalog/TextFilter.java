package com.backorderdesk.catalog;

import com.backorderdesk.platform.Page;
import jakarta.persistence.Query;

import java.util.Optional;
import java.util.function.Function;

/**
 * A list filter on customers or products as a person types it: an exact code filters by that
 * code; anything else finds every code or name that contains it, in any case. Bound to a query
 * as {@code :<name>} (the code, or the text as typed) and {@code :<name>Like} (the pattern, or null).
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

    /** The JPQL condition on a customer or product path, e.g. {@code condition("o.customer", "customer", "code")}. */
    public static String condition(String path, String name, String codeField) {
        return "(:" + name + " is null or " + path + "." + codeField + " = :" + name + " or (:" + name + "Like is not null and (lower("
                + path + "." + codeField + ") like :" + name + "Like escape '\\' or lower(" + path + ".name) like :" + name + "Like escape '\\')))";
    }

    public <Q extends Query> Q bind(Q query, String name) {
        query.setParameter(name, exact).setParameter(name + "Like", like);
        return query;
    }
}
