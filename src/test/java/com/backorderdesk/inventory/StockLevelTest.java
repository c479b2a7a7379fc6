package com.backorderdesk.inventory;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Supplier;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.platform.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A stock level's own rules: never promise more than is on hand, every on-hand change is a ledger movement. */
class StockLevelTest {

    private static StockLevel level(int onHand) {
        Supplier supplier = new Supplier(new SupplierData("S1", "Supplier", "s@example.com", 5, false));
        Product product = new Product(new ProductData("A", "Product A", new BigDecimal("10.00"), new BigDecimal("6.00"), 0, "S1", false), supplier);
        StockLevel level = new StockLevel(product, new Warehouse(new WarehouseData("MAIN", "Main", 1, true, true)));
        level.receive(onHand, MovementKind.RECEIPT, Instant.EPOCH, "manager", "opening stock", null);
        return level;
    }

    @Test
    void promisesNoMoreThanIsAvailable() {
        StockLevel level = level(5);
        level.allocate(3);
        Problem refused = assertThrows(Problem.class, () -> level.allocate(3));
        assertEquals(Problem.Kind.CONFLICT, refused.kind());
        assertEquals(List.of(5, 3, 2), List.of(level.getOnHand(), level.getAllocated(), level.available()));
        level.release(1);
        assertEquals(2, level.getAllocated());
        assertThrows(IllegalStateException.class, () -> level.release(3));
    }

    @Test
    void aCountIsAMovementOfTheDifferenceAndNeverBelowWhatIsPromised() {
        StockLevel level = level(5);
        level.allocate(4);
        StockMovement up = level.count(9, Instant.EPOCH, "manager", "cycle count");
        assertEquals(List.of(4, 9), List.of(up.getQuantity(), level.getOnHand()));
        assertNull(level.count(9, Instant.EPOCH, "manager", "same again"), "a count equal to on-hand writes nothing");
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class, () -> level.count(3, Instant.EPOCH, "manager", "lost")).kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> level.count(-1, Instant.EPOCH, "manager", "typo")).kind());
        assertEquals(9, level.getOnHand());
    }

    @Test
    void shippingTakesPromisedUnitsOffOnHand() {
        StockLevel level = level(5);
        level.allocate(2);
        StockMovement out = level.issue(2, MovementKind.SHIPMENT, Instant.EPOCH, "clerk", "shipped", "PPS-1");
        assertEquals(List.of(-2, 3, 0), List.of(out.getQuantity(), level.getOnHand(), level.getAllocated()));
    }
}
