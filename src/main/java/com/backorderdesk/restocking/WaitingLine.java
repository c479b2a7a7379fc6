package com.backorderdesk.restocking;

import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.OrderStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A line waiting for one product at one warehouse, read as plain values (no entity) with the
 * totals of its order, so that thousands of them can be matched without loading thousands of
 * orders.
 */
record WaitingLine(long lineId, long orderId, long orderVersion, String order, String recipient, String customer,
                   OrderStatus status, BackorderPolicy policy, int backordered,
                   int orderQuantity, int orderProcessed, int orderWaiting) {

    /** Rush orders first, then oldest first; the order totals come along for the new status. */
    static final String QUERY = "select l.id, o.id, o.version, o.number, o.createdBy, c.name, o.status, o.policy, l.backordered, "
            + "sum(x.quantity), sum(x.processed), sum(x.backordered + x.inTransfer + x.allocated) "
            + "from OrderLine l join l.order o join o.customer c join o.lines x "
            + "where l.product.id = :product and o.warehouse.id = :warehouse and l.backordered > 0 "
            + "and o.status in :waiting "
            + "group by l.id, o.id, o.version, o.number, o.createdBy, c.name, o.status, o.policy, l.backordered, o.rush, o.createdAt, l.lineNo "
            + "order by o.rush desc, o.createdAt, o.id, l.lineNo";

    static WaitingLine of(Object[] row) {
        return new WaitingLine((Long) row[0], (Long) row[1], ((Number) row[2]).longValue(), (String) row[3], (String) row[4],
                (String) row[5], (OrderStatus) row[6], (BackorderPolicy) row[7], ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue(), ((Number) row[10]).intValue(), ((Number) row[11]).intValue());
    }

    /** What a line gets. */
    record Take(WaitingLine line, int quantity) {

        /** The order's status once this take is processed (for a line that ships at once). */
        OrderStatus statusAfterShipping() {
            return OrderStatus.of(line.orderQuantity, line.orderProcessed + quantity, line.orderWaiting - quantity,
                    line.policy.shipsComplete());
        }
    }

    /** Ship-complete orders hold what arrives until they are complete. */
    boolean holds() {
        return policy.holdsArrivals(status);
    }

    /** First come, first served: each line in turn takes what it waits for, while {@code available} lasts. */
    static List<Take> fill(List<WaitingLine> waiting, int available) {
        List<Take> takes = new ArrayList<>();
        for (WaitingLine line : waiting) {
            if (available <= 0) {
                break;
            }
            int take = Math.min(available, line.backordered);
            available -= take;
            takes.add(new Take(line, take));
        }
        return takes;
    }
}
