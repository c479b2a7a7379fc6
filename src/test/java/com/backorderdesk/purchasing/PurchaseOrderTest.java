package com.backorderdesk.purchasing;

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
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a purchase order accepts as a receipt, checked before anything changes. */
class PurchaseOrderTest {

    static final Supplier SUPPLIER = new Supplier(new SupplierData("S1", "Supplier", "s@example.com", 5, true));
    static final Warehouse MAIN = new Warehouse(new WarehouseData("MAIN", "Main", 1, true, true));

    private static PurchaseOrder stockOrderOf(int quantity) {
        PurchaseOrder po = PurchaseOrder.stock("PO-1", SUPPLIER, MAIN, Instant.EPOCH);
        po.require(new Product(new ProductData("A", "Product A", new BigDecimal("10.00"), new BigDecimal("6.00"), 0, "S1", true), SUPPLIER),
                quantity, null);
        return po;
    }

    @Test
    void takesWhatIsStillToComeInTheOrderGiven() {
        PurchaseOrder po = stockOrderOf(10);
        assertEquals(List.of("A"), po.checkReceipt(List.of("A"), List.of(10)).stream().map(l -> l.getProduct().getSku()).toList());
    }

    @Test
    void refusesMoreThanIsStillToComeAlsoOverSeveralLinesOfOneProduct() {
        PurchaseOrder po = stockOrderOf(10);
        Problem tooMany = assertThrows(Problem.class, () -> po.checkReceipt(List.of("A", "A"), List.of(6, 5)));
        assertEquals("Only 10 of A are still to come on PO-1.", tooMany.getMessage());
        assertEquals(List.of("lines[1].quantity"), List.copyOf(tooMany.fieldErrors().keySet()), "beside the line that goes over");
    }

    @Test
    void refusesAProductThatIsNotOnIt() {
        Problem unknown = assertThrows(Problem.class, () -> stockOrderOf(10).checkReceipt(List.of("B"), List.of(1)));
        assertEquals(List.of("lines[0].sku"), List.copyOf(unknown.fieldErrors().keySet()));
    }

    @Test
    void aDropShipIsConfirmedNotReceived() {
        PurchaseOrder drop = PurchaseOrder.dropShip("PO-2", SUPPLIER, MAIN, "1 Test Street", Instant.EPOCH);
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class, () -> drop.checkReceipt(List.of("A"), List.of(1))).kind());
    }
}
