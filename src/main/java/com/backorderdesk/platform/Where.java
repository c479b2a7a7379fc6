package com.backorderdesk.platform;

import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions of a list's filters, only those a person filled in, with their values. A
 * filter left blank adds nothing to the query, so the database uses the index of those given:
 * a condition written {@code (:warehouse is null or o.warehouse.code = :warehouse)} would keep
 * it from using any, and every row would be read whatever the filters.
 */
public final class Where {

    private final StringBuilder jpql = new StringBuilder();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds {@code condition}, which names {@code :name}, when {@code value} is given (not null). */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            values.put(name, value);
        }
        return this;
    }

    /** The conditions given, each after {@code " and "}: they follow a where clause that has one condition already. */
    public String jpql() {
        return jpql.toString();
    }

    /** The values of the conditions given, on a query written with {@link #jpql()}. */
    public <Q extends Query> Q bind(Q query) {
        values.forEach(query::setParameter);
        return query;
    }
}
