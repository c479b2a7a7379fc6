package com.backorderdesk.shipping;

import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.inventory.CountData;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.sales.OrderData;
import com.backorderdesk.ordering.OrderView;
import com.backorderdesk.sales.SalesOrders;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: random orders under random policies, then shipping, transfers and
 * cancellations. Afterwards the books must balance: every allocated unit is explained by an
 * open pick-pack-ship line, a hold or a requested transfer, on-hand equals the ledger, and
 * every line's processed quantity is on records or drop-shipped.
 */
@ExtendWith(ArquillianExtension.class)
class AppliedPlansIT {

    private static final List<List<String>> POLICIES = List.of(List.of("BACKORDER"), List.of("PARK"), List.of("SPLIT"),
            List.of("MULTI_WAREHOUSE", "BACKORDER"), List.of("TRANSFER", "BACKORDER"), List.of("DROP_SHIP", "BACKORDER"),
            List.of("MULTI_WAREHOUSE", "TRANSFER", "PARK"), List.of("TRANSFER", "SPLIT"), List.of("DROP_SHIP", "MULTI_WAREHOUSE", "SPLIT"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AppliedPlansIT.class);
    }

    @Inject
    SalesOrders orders;
    @Inject
    Shipping shipping;
    @Inject
    Warehouses warehouses;
    @Inject
    Suppliers suppliers;
    @Inject
    Products products;
    @Inject
    Customers customers;
    @Inject
    Stock stock;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @Test
    void randomOrdersAndTheirDocumentsKeepTheBooksBalanced() throws SQLException {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> whs = List.of("AP1-" + id, "AP2-" + id, "AP3-" + id);
        for (int i = 0; i < whs.size(); i++) {
            warehouses.create(new WarehouseData(whs.get(i), "Applied " + i, 200 + i, true));
        }
        suppliers.create(new SupplierData("APS-" + id, "Applied supplier", "s@example.com", 4, true));
        List<String> skus = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 4; i++) {
            String sku = "APP" + i + "-" + id;
            products.create(new ProductData(sku, "Applied " + i, BigDecimal.TEN, BigDecimal.ONE, i, "APS-" + id, i % 2 == 0));
            skus.add(sku);
            for (String wh : whs) {
                stock.count(wh, sku, new CountData(random.nextInt(8), "start"));
            }
        }
        customers.create(new CustomerData("APC-" + id, "Applied customer", "c@example.com", "1 Road", null, null));

        List<OrderView> placed = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            List<OrderData.LineData> lines = new ArrayList<>();
            for (int l = 0; l < 1 + random.nextInt(3); l++) {
                lines.add(new OrderData.LineData(skus.get(random.nextInt(skus.size())), 1 + random.nextInt(8)));
            }
            OrderView order = orders.place(new OrderData("APC-" + id, whs.get(random.nextInt(whs.size())), lines,
                    POLICIES.get(random.nextInt(POLICIES.size())), random.nextBoolean(), null));
            placed.add(order);
            for (OrderView.Shipment s : order.shipments()) {
                if (random.nextBoolean()) {
                    for (ShipmentStatus status : List.of(ShipmentStatus.PICKED, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED)) {
                        shipping.advance(s.id(), status);
                    }
                }
            }
            for (String transfer : order.transfers()) {
                if (random.nextInt(3) > 0) {
                    shipping.ship(transfer);
                    if (random.nextBoolean()) {
                        shipping.receive(transfer);
                    }
                }
            }
            if (random.nextInt(5) == 0 && List.of("PARKED", "BACKORDERED", "PARTIALLY_COMPLETED").contains(order.status())) {
                orders.cancelBackorder(order.number());
            }
        }
        assertTrue(placed.stream().map(OrderView::status).distinct().count() >= 3, "the run covers several outcomes");

        assertTrue(stock.ledgerMismatches().isEmpty(), () -> "on-hand differs from the ledger: " + stock.ledgerMismatches());
        try (Connection c = dataSource.getConnection()) {
            String unexplained = """
                    select p.sku, w.code, l.allocated,
                      coalesce((select sum(sl.quantity) from shipment_line sl join shipment s on s.id = sl.shipment_id
                                join order_line ol on ol.id = sl.order_line_id
                                where s.warehouse_id = l.warehouse_id and ol.product_id = l.product_id and s.status <> 'SHIPPED'), 0)
                    + coalesce((select sum(h.quantity) from line_hold h join order_line ol on ol.id = h.order_line_id
                                where h.warehouse_id = l.warehouse_id and ol.product_id = l.product_id), 0)
                    + coalesce((select sum(t.quantity) from stock_transfer t
                                where t.from_warehouse_id = l.warehouse_id and t.product_id = l.product_id and t.status = 'REQUESTED'), 0)
                    from stock_level l join product p on p.id = l.product_id join warehouse w on w.id = l.warehouse_id
                    where p.sku like ? and w.code like ?
                    """;
            try (PreparedStatement st = c.prepareStatement(unexplained)) {
                st.setString(1, "APP%-" + id);
                st.setString(2, "AP_-" + id);
                try (ResultSet rs = st.executeQuery()) {
                    int levels = 0;
                    while (rs.next()) {
                        levels++;
                        assertEquals(rs.getInt(4), rs.getInt(3), "allocated of " + rs.getString(1) + " at " + rs.getString(2));
                    }
                    assertEquals(12, levels);
                }
            }
            String processed = """
                    select ol.id, ol.processed, ol.drop_shipped,
                      coalesce((select sum(sl.quantity) from shipment_line sl where sl.order_line_id = ol.id), 0)
                    from order_line ol join product p on p.id = ol.product_id where p.sku like ?
                    """;
            try (PreparedStatement st = c.prepareStatement(processed)) {
                st.setString(1, "APP%-" + id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        assertEquals(rs.getInt(2), rs.getInt(3) + rs.getInt(4), "processed of line " + rs.getLong(1));
                    }
                }
            }
        }
        assertEquals(40, orders.search(null, "APC-" + id, null, null, new PageRequest(0, 100)).items().stream()
                .filter(o -> o.parentOrder() == null).count());
    }
}
