package com.backorderdesk.platform;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a list: its own conditions and those of the filters a person filled in,
 * with their values. A filter left blank adds nothing to the query, so the database uses the
 * index of those given: a condition written {@code (:warehouse is null or o.warehouse.code =
 * :warehouse)} would keep it from using any, and every row would be read whatever the filters.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds {@code condition}, which names {@code :name}, when {@code value} is given (not null). */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing when no condition was given. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The values of the conditions given, on a query written with {@link #clause()}. */
    public <Q extends Query> Q bind(Q query) {
        values.forEach(query::setParameter);
        return query;
    }
}
