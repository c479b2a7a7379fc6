package com.backorderdesk.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The books, checked in SQL straight on the database (not through the application's own
 * code): every level equals its ledger, nothing is promised beyond what is on hand, what a
 * level has promised is exactly what holds, open pick-pack-ship records and requested
 * transfers take from it (nothing allocated twice, nothing lost), and every order line adds up.
 */
public final class Books {

    private static final String PROMISED = "(select coalesce(sum(h.quantity), 0) from line_hold h join order_line ol on ol.id = h.order_line_id "
            + "  where h.warehouse_id = l.warehouse_id and ol.product_id = l.product_id)"
            + " + (select coalesce(sum(sl.quantity), 0) from shipment_line sl join shipment s on s.id = sl.shipment_id "
            + "  join order_line ol on ol.id = sl.order_line_id "
            + "  where s.warehouse_id = l.warehouse_id and ol.product_id = l.product_id and s.status not in ('SHIPPED', 'CANCELLED'))"
            + " + (select coalesce(sum(t.quantity), 0) from stock_transfer t "
            + "  where t.from_warehouse_id = l.warehouse_id and t.product_id = l.product_id and t.status = 'REQUESTED')";
    private static final String LEDGER = "(select coalesce(sum(m.quantity), 0) from stock_movement m where m.stock_level_id = l.id)";
    private static final String ON_RECORDS = "(select coalesce(sum(sl.quantity), 0) from shipment_line sl join shipment s on s.id = sl.shipment_id "
            + "where sl.order_line_id = l.id and s.status <> 'CANCELLED')";

    private static final Map<String, String> CHECKS = Map.of(
            "on-hand differs from the ledger", "select l.id, l.on_hand, " + LEDGER + " from stock_level l where l.on_hand <> " + LEDGER,
            "more promised than on hand", "select l.id, l.on_hand, l.allocated from stock_level l where l.allocated > l.on_hand or l.allocated < 0",
            "allocated differs from what is promised", "select l.id, l.allocated, " + PROMISED + " from stock_level l where l.allocated <> " + PROMISED,
            "order line does not add up", "select l.id, l.quantity, l.processed, l.allocated, l.in_transfer, l.backordered from order_line l "
                    + "where l.processed + l.allocated + l.in_transfer + l.backordered <> l.quantity",
            "processed differs from its pick-pack-ship records and drop-ships", "select l.id, l.processed, l.drop_shipped, " + ON_RECORDS
                    + " from order_line l where l.processed <> l.drop_shipped + " + ON_RECORDS);

    private Books() {
    }

    /** What does not agree, one line per row at fault; empty when the books agree. */
    public static List<String> disagreements(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                try (ResultSet rows = statement.executeQuery(check.getValue())) {
                    while (rows.next()) {
                        List<Object> values = new ArrayList<>();
                        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                            values.add(rows.getObject(i));
                        }
                        found.add(check.getKey() + ": " + values);
                    }
                }
            }
        }
        return found;
    }
}
