package com.backorderdesk.planning;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one rule for an order's status, from its totals over all lines. */
class OrderStatusTest {

    @ParameterizedTest
    @CsvSource({
            // quantity, processed, waiting, ships complete -> status
            "10, 0, 10, false, BACKORDERED",
            "10, 4, 6, false, PARTIALLY_COMPLETED",
            "10, 10, 0, false, COMPLETED",
            "10, 0, 10, true, PARKED",
            "10, 4, 6, true, PARKED",
            "10, 10, 0, true, COMPLETED",
            "0, 0, 0, false, CANCELLED",
            "4, 4, 0, false, COMPLETED",
    })
    void statusOfTheTotals(int quantity, int processed, int waiting, boolean shipsComplete, OrderStatus expected) {
        assertEquals(expected, OrderStatus.of(quantity, processed, waiting, shipsComplete));
        assertEquals(expected == OrderStatus.PARKED || expected == OrderStatus.BACKORDERED || expected == OrderStatus.PARTIALLY_COMPLETED,
                expected.isWaiting());
    }
}
