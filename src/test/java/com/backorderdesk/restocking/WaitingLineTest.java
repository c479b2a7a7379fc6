package com.backorderdesk.restocking;

import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.planning.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How arriving stock is shared among the lines waiting for it (already in queue order: rush, then oldest). */
class WaitingLineTest {

    private static WaitingLine waiting(String order, int backordered, BackorderPolicy policy, OrderStatus status) {
        return new WaitingLine(order.hashCode(), order.hashCode(), 0, order, "clerk", "Customer", status, policy, backordered,
                backordered + 2, 2, backordered);
    }

    @Test
    void firstComeFirstServedWhileTheStockLasts() {
        List<WaitingLine> queue = List.of(waiting("SO-1", 3, BackorderPolicy.DEFAULT, OrderStatus.PARTIALLY_COMPLETED),
                waiting("SO-2", 4, BackorderPolicy.DEFAULT, OrderStatus.PARTIALLY_COMPLETED),
                waiting("SO-3", 5, BackorderPolicy.DEFAULT, OrderStatus.PARTIALLY_COMPLETED));
        List<WaitingLine.Take> takes = WaitingLine.fill(queue, 5);
        assertEquals(List.of("SO-1:3", "SO-2:2"), takes.stream().map(t -> t.line().order() + ":" + t.quantity()).toList(),
                "the first line is filled, the second gets the rest, the third nothing");
        assertEquals(OrderStatus.COMPLETED, takes.get(0).statusAfterShipping());
        assertEquals(OrderStatus.PARTIALLY_COMPLETED, takes.get(1).statusAfterShipping());
        assertEquals(List.of(), WaitingLine.fill(queue, 0));
    }

    @Test
    void aParkedShipCompleteOrderHoldsWhatArrives() {
        assertTrue(waiting("SO-1", 3, BackorderPolicy.of(Strategy.PARK), OrderStatus.PARKED).holds());
        assertFalse(waiting("SO-2", 3, BackorderPolicy.DEFAULT, OrderStatus.BACKORDERED).holds());
    }
}
