package com.backorderdesk.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SortingTest {

    private static final Map<String, String> COLUMNS = Map.of("customer", "o.customer.name", "age", "-o.createdAt");

    @Test
    void aKeyAsksForItsColumnEitherWay() {
        assertEquals(" order by o.customer.name asc, o.id asc", Sorting.orderBy("customer", COLUMNS, "age", "o"));
        assertEquals(" order by o.customer.name desc, o.id desc", Sorting.orderBy("-customer", COLUMNS, "age", "o"));
    }

    @Test
    void anInvertedColumnSortsTheOtherWayRound() {
        assertEquals(" order by o.createdAt desc, o.id desc", Sorting.orderBy("age", COLUMNS, "customer", "o"), "youngest first");
        assertEquals(" order by o.createdAt asc, o.id asc", Sorting.orderBy("-age", COLUMNS, "customer", "o"), "oldest first");
    }

    @Test
    void noKeyOrAnUnknownOneGivesTheUsualOrder() {
        assertEquals(" order by o.createdAt asc, o.id asc", Sorting.orderBy(null, COLUMNS, "-age", "o"));
        assertEquals(" order by o.createdAt asc, o.id asc", Sorting.orderBy("price; drop table", COLUMNS, "-age", "o"));
    }
}
