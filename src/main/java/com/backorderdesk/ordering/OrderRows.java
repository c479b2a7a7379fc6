package com.backorderdesk.ordering;

import com.backorderdesk.platform.BulkWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The order tables written set-based, for thousands of lines at once (a receipt filling the
 * lines waiting for it): the same changes as {@link OrderLine} and {@link SalesOrder} make one
 * at a time, kept beside them so the order's columns have one owner.
 */
@ApplicationScoped
public class OrderRows {

    @Inject
    BulkWrites bulk;

    /**
     * Units of waiting lines ship at once: they move from backordered to processed, and each
     * order takes its new status. A line or order changed meanwhile by another transaction
     * fails the whole statement (optimistic lock), as an entity would.
     *
     * @param lineIds        the lines, one per order
     * @param quantities     the units each line ships
     * @param orderIds       the line's order
     * @param orderVersions  the order's version as read
     * @param statuses       the order's status once the units are processed ({@link com.backorderdesk.planning.OrderStatus} names)
     */
    public void shipWaiting(long[] lineIds, int[] quantities, long[] orderIds, long[] orderVersions, String[] statuses) {
        bulk.columnsGuarded("merge into order_line l using (select * from unnest(?, ?)) as u(id, quantity) "
                        + "on l.id = u.id and l.backordered >= u.quantity "
                        + "when matched then update set processed = l.processed + u.quantity, backordered = l.backordered - u.quantity, "
                        + "version = l.version + 1",
                lineIds.length, "An order line", lineIds, quantities);
        bulk.columnsGuarded("merge into sales_order o using (select * from unnest(?, ?, ?)) as u(id, version, status) "
                        + "on o.id = u.id and o.version = u.version "
                        + "when matched then update set status = u.status, version = o.version + 1",
                orderIds.length, "An order", orderIds, orderVersions, statuses);
    }
}
