package com.backorderdesk.fulfillment;

import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.fulfillment.WaitingLine.Take;
import com.backorderdesk.platform.BulkWrites;
import com.backorderdesk.platform.Numbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of one restock match, set-based: JDBC batches whose number does not grow with
 * the lines filled beyond one round trip per thousand rows; ids and pick-pack-ship numbers
 * come in one statement per sequence. The columns are those of the
 * entities {@link RestockMatch}, {@link Shipment} and {@link ShipmentLine}; the rules (who
 * gets what, the order's new status) are decided before.
 */
@ApplicationScoped
class MatchRecords {

    @Inject
    BulkWrites bulk;
    @Inject
    Numbers numbers;

    /** Every take is a match: an alert for the order's author, and where the line's units came from. */
    void record(List<Take> takes, AllocationSource.Kind kind, String source, Instant at) {
        long[] ids = bulk.ids(RestockMatch.class, takes.size());
        List<Object[]> matches = new ArrayList<>();
        for (int i = 0; i < takes.size(); i++) {
            WaitingLine line = takes.get(i).line();
            matches.add(new Object[]{ids[i], line.orderId(), line.lineId(), takes.get(i).quantity(), kind, source, at, line.recipient()});
        }
        bulk.batch("insert into restock_match (id, order_id, order_line_id, quantity, kind, source, at, recipient) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", matches);
    }

    /**
     * Lines that ship at once (one take per order: an order has one line per product): the
     * units move from backordered to processed onto a new pick-pack-ship record of the order,
     * and the order takes its new status. A line or order changed meanwhile by another
     * transaction fails the whole match (optimistic lock), as an entity would.
     */
    void ship(List<Take> takes, Warehouse warehouse, Instant at) {
        if (takes.isEmpty()) {
            return;
        }
        long[] shipmentIds = bulk.ids(Shipment.class, takes.size());
        long[] shipmentLineIds = bulk.ids(ShipmentLine.class, takes.size());
        List<String> shipmentNumbers = numbers.next("PPS-", "shipment_number_seq", takes.size());
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> shipments = new ArrayList<>();
        List<Object[]> shipmentLines = new ArrayList<>();
        for (int i = 0; i < takes.size(); i++) {
            Take take = takes.get(i);
            WaitingLine line = take.line();
            lines.add(new Object[]{take.quantity(), take.quantity(), line.lineId(), take.quantity()});
            orders.add(new Object[]{take.statusAfterShipping(), line.orderId(), line.orderVersion()});
            shipments.add(new Object[]{shipmentIds[i], shipmentNumbers.get(i), line.orderId(), warehouse.getId(),
                    ShipmentStatus.OPEN, at});
            shipmentLines.add(new Object[]{shipmentLineIds[i], shipmentIds[i], line.lineId(), take.quantity()});
        }
        bulk.batchGuarded("update order_line set processed = processed + ?, backordered = backordered - ? where id = ? and backordered >= ?",
                lines, "An order line");
        bulk.batchGuarded("update sales_order set status = ?, version = version + 1 where id = ? and version = ?", orders, "An order");
        bulk.batch("insert into shipment (id, number, order_id, warehouse_id, status, created_at, version) values (?, ?, ?, ?, ?, ?, 0)",
                shipments);
        bulk.batch("insert into shipment_line (id, shipment_id, order_line_id, quantity) values (?, ?, ?, ?)", shipmentLines);
    }
}
