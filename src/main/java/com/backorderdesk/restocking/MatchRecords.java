package com.backorderdesk.restocking;

import com.backorderdesk.inventory.StockSource;
import com.backorderdesk.ordering.OrderRows;
import com.backorderdesk.shipping.ShipmentStatus;
import com.backorderdesk.shipping.ShipmentLine;
import com.backorderdesk.shipping.Shipment;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.restocking.WaitingLine.Take;
import com.backorderdesk.platform.BulkWrites;
import com.backorderdesk.platform.DocumentKind;
import com.backorderdesk.platform.Numbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The writes of one restock match, set-based: one statement per table (per 50,000 lines) whatever
 * the number of lines filled ({@link BulkWrites#columns}), ids and pick-pack-ship numbers in one statement per
 * sequence. The columns are those of the entities {@link RestockMatch}, {@link Shipment} and
 * {@link ShipmentLine}; the order's own are written by {@link OrderRows}. The rules (who gets
 * what, the order's new status) are decided before.
 */
@ApplicationScoped
class MatchRecords {

    @Inject
    BulkWrites bulk;
    @Inject
    Numbers numbers;
    @Inject
    OrderRows orderRows;

    /** Every take is a match: an alert for the order's author, and where the line's units came from. */
    void record(List<Take> takes, StockSource kind, String source, Instant at) {
        Columns c = new Columns(takes);
        bulk.columns("insert into restock_match (id, order_id, order_line_id, quantity, kind, source, at, recipient) "
                        + "select u.id, u.order_id, u.line_id, u.quantity, ?, ?, ?, u.recipient from unnest(?, ?, ?, ?, ?) "
                        + "as u(id, order_id, line_id, quantity, recipient)",
                kind, source, at, bulk.ids(RestockMatch.class, c.size), c.orderIds, c.lineIds, c.quantities, c.recipients);
    }

    /**
     * Lines that ship at once (one take per order: an order has one line per product): the
     * units move from backordered to processed onto a new pick-pack-ship record of the order,
     * and the order takes its new status ({@link OrderRows#shipWaiting}).
     */
    void ship(List<Take> takes, Warehouse warehouse, Instant at) {
        if (takes.isEmpty()) {
            return;
        }
        Columns c = new Columns(takes);
        String[] statuses = takes.stream().map(take -> take.statusAfterShipping().name()).toArray(String[]::new);
        long[] shipmentIds = bulk.ids(Shipment.class, c.size);
        String[] shipmentNumbers = numbers.next(DocumentKind.PICK_PACK_SHIP, c.size).toArray(String[]::new);
        orderRows.shipWaiting(c.lineIds, c.quantities, c.orderIds, c.orderVersions, statuses);
        bulk.columns("insert into shipment (id, number, order_id, warehouse_id, status, created_at, version) "
                        + "select u.id, u.number, u.order_id, ?, ?, ?, 0 from unnest(?, ?, ?) as u(id, number, order_id)",
                warehouse.getId(), ShipmentStatus.OPEN, at, shipmentIds, shipmentNumbers, c.orderIds);
        bulk.columns("insert into shipment_line (id, shipment_id, order_line_id, quantity) select * from unnest(?, ?, ?, ?)",
                bulk.ids(ShipmentLine.class, c.size), shipmentIds, c.lineIds, c.quantities);
    }

    /** The takes as columns, one array per field, as the statements read them. */
    private static final class Columns {

        final int size;
        final long[] lineIds;
        final long[] orderIds;
        final long[] orderVersions;
        final int[] quantities;
        final String[] recipients;

        Columns(List<Take> takes) {
            size = takes.size();
            lineIds = takes.stream().mapToLong(take -> take.line().lineId()).toArray();
            orderIds = takes.stream().mapToLong(take -> take.line().orderId()).toArray();
            orderVersions = takes.stream().mapToLong(take -> take.line().orderVersion()).toArray();
            quantities = takes.stream().mapToInt(Take::quantity).toArray();
            recipients = takes.stream().map(take -> take.line().recipient()).toArray(String[]::new);
        }
    }
}
