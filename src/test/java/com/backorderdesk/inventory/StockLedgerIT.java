package com.backorderdesk.inventory;

import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server: the stock ledger explains every on-hand, and the database refuses negative stock. */
@ExtendWith(ArquillianExtension.class)
class StockLedgerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(StockLedgerIT.class);
    }

    @Inject
    Stock stock;
    @Inject
    Products products;
    @Inject
    Suppliers suppliers;
    @Inject
    Warehouses warehouses;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    String warehouse;
    String sku;

    @BeforeEach
    void catalogue() {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        warehouse = "LW-" + id;
        warehouses.create(new WarehouseData(warehouse, "Ledger test", 5, true));
        suppliers.create(new SupplierData("LS-" + id, "Ledger supplier", "l@example.com", 3, false));
        sku = "LP-" + id;
        products.create(new ProductData(sku, "Ledger product", BigDecimal.ONE, BigDecimal.ONE, 2, "LS-" + id, false));
    }

    @Test
    void everyCountIsAMovementAndOnHandIsTheSumOfTheLedger() {
        stock.count(warehouse, sku, new CountData(10, "delivery counted"));
        stock.count(warehouse, sku, new CountData(4, "breakage"));
        stock.count(warehouse, sku, new CountData(4, "recount, no change"));
        stock.count(warehouse, sku, new CountData(7, "found in aisle 3"));

        List<StockMovement> ledger = stock.ledger(sku, null, new PageRequest(0, 10)).items();
        assertEquals(3, ledger.size(), "a count that changes nothing writes nothing");
        assertEquals(List.of(3, -6, 10), ledger.stream().map(StockMovement::getQuantity).toList(), "newest first");
        assertEquals(List.of(7, 4, 10), ledger.stream().map(StockMovement::getOnHandAfter).toList());
        assertEquals("found in aisle 3", ledger.get(0).getReason());
        assertEquals(MovementKind.ADJUSTMENT, ledger.get(0).getKind());
        assertEquals(7, stock.levelsOf(sku).stream().filter(l -> l.warehouse().equals(warehouse)).findFirst().orElseThrow().onHand());
        assertTrue(stock.ledgerMismatches().isEmpty(), () -> "levels that disagree with the ledger: " + stock.ledgerMismatches());
    }

    @Test
    void aNegativeCountIsRefusedAndChangesNothing() {
        stock.count(warehouse, sku, new CountData(3, "start"));
        Problem refused = assertThrows(Problem.class, () -> stock.count(warehouse, sku, new CountData(-1, "oops")));
        assertEquals("onHand", refused.field());
        assertEquals(3, stock.levelsOf(sku).stream().filter(l -> l.warehouse().equals(warehouse)).findFirst().orElseThrow().onHand());
        assertEquals(1, stock.ledger(sku, null, new PageRequest(0, 10)).total());
    }

    @Test
    void theDatabaseItselfRefusesNegativeStockAndOverAllocation() throws SQLException {
        stock.count(warehouse, sku, new CountData(2, "start"));
        try (Connection c = dataSource.getConnection()) {
            assertThrows(SQLException.class, () -> update(c, "update stock_level set on_hand = -1"));
            assertThrows(SQLException.class, () -> update(c, "update stock_level set allocated = 3"));
            assertThrows(SQLException.class, () -> update(c, "update stock_level set allocated = -1"));
        }
        assertEquals(2, stock.levelsOf(sku).stream().filter(l -> l.warehouse().equals(warehouse)).findFirst().orElseThrow().onHand());
    }

    private void update(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql + " where product_id = (select id from product where sku = ?)")) {
            statement.setString(1, sku);
            statement.executeUpdate();
        }
    }
}
