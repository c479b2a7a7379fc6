package com.backorderdesk.platform;

import java.util.Map;

/**
 * A list's order as its address asks for it ({@code sort=customer}, {@code sort=-created} for
 * the other way round), turned into a JPQL {@code order by} from the list's own columns; a key
 * the list does not know gives its usual order. Ties are broken by id, so pages never overlap.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param columns    key -> JPQL path, e.g. {@code "customer" -> "o.customer.name"}; a path with a
     *                   leading '-' sorts the other way round ({@code "age" -> "-o.createdAt"}: the
     *                   youngest first when ascending)
     * @param usual      the key (with '-' for descending) used when none or an unknown one is asked
     * @param alias      the entity alias, for the id that breaks ties
     */
    public static String orderBy(String sort, Map<String, String> columns, String usual, String alias) {
        String asked = sort == null || sort.isBlank() ? usual : sort.strip();
        boolean descending = asked.startsWith("-");
        String key = descending ? asked.substring(1) : asked;
        if (!columns.containsKey(key)) {
            return orderBy(usual, columns, usual, alias);
        }
        String column = columns.get(key);
        if (column.startsWith("-")) {
            column = column.substring(1);
            descending = !descending;
        }
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + ", " + alias + ".id" + direction;
    }
}
