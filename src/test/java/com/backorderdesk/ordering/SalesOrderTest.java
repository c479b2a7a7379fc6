package com.backorderdesk.ordering;

import com.backorderdesk.catalog.Customer;
import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Supplier;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.planning.Strategy;
import com.backorderdesk.platform.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order aggregate's own rules, without a server: what its lines add up to, releasing a parked order, cancelling what waits. */
class SalesOrderTest {

    private static final Supplier SUPPLIER = new Supplier(new SupplierData("S1", "Supplier", "s@example.com", 5, false));
    private static final Warehouse MAIN = new Warehouse(new WarehouseData("MAIN", "Main", 1, true, true));
    private static final Customer CUSTOMER = new Customer(new CustomerData("C1", "Customer", "c@example.com", "1 Road", null, null), null);

    private static Product product(String sku) {
        return new Product(new ProductData(sku, "Product " + sku, new BigDecimal("10.00"), new BigDecimal("6.00"), 0, "S1", false), SUPPLIER);
    }

    private static SalesOrder order(Strategy... policy) {
        return new SalesOrder("SO-1", CUSTOMER, MAIN, BackorderPolicy.of(policy), false, Instant.parse("2026-12-01T09:00:00Z"), "clerk");
    }

    @Test
    void aBackorderedOrderIsPartlyThenWhollyCompletedAsItsLinesAreProcessed() {
        SalesOrder order = order(Strategy.BACKORDER);
        OrderLine a = order.addLine(product("A"), 10);
        OrderLine b = order.addLine(product("B"), 2);
        order.updateStatus();
        assertEquals(OrderStatus.BACKORDERED, order.getStatus());

        a.process(3);
        order.updateStatus();
        assertEquals(OrderStatus.PARTIALLY_COMPLETED, order.getStatus());
        assertTrue(order.getStatus().isWaiting());

        a.process(7);
        b.process(2);
        order.updateStatus();
        assertEquals(OrderStatus.COMPLETED, order.getStatus());
        assertThrows(Problem.class, order::checkWaiting, "nothing waits on a completed order");
    }

    @Test
    void aParkedOrderIsReadyToReleaseOnlyWhenEveryUnitIsHeldOrProcessed() {
        SalesOrder order = order(Strategy.TRANSFER, Strategy.PARK);
        OrderLine a = order.addLine(product("A"), 10);
        a.hold(4);
        a.transfer(6);
        order.updateStatus();
        assertEquals(OrderStatus.PARKED, order.getStatus());
        assertTrue(order.holdsArrivals());
        assertFalse(order.readyToRelease(), "six units are still in transfer");

        a.transferArrived(6, order.holdsArrivals());
        order.updateStatus();
        assertTrue(order.readyToRelease());
        a.releaseHeld();
        order.updateStatus();
        assertEquals(OrderStatus.COMPLETED, order.getStatus());
        assertEquals(10, a.getProcessed());
    }

    @Test
    void cancellingWhatWaitsKeepsWhatIsProcessedAndInTransferAndGivesBackWhatWasHeld() {
        SalesOrder order = order(Strategy.BACKORDER);
        OrderLine a = order.addLine(product("A"), 10);
        a.process(3);
        a.hold(2);
        a.transfer(1);
        assertEquals(2, a.cancelWaiting(), "the held units, whose stock the caller releases");
        assertEquals(List.of(4, 3, 0, 1, 0, 6), List.of(a.getQuantity(), a.getProcessed(), a.getAllocated(), a.getInTransfer(),
                a.getBackordered(), a.getCancelled()));
        order.updateStatus();
        assertEquals(OrderStatus.PARTIALLY_COMPLETED, order.getStatus(), "the unit in transfer still comes");

        SalesOrder nothingYet = order(Strategy.BACKORDER);
        OrderLine b = nothingYet.addLine(product("B"), 5);
        b.cancelWaiting();
        nothingYet.updateStatus();
        assertEquals(OrderStatus.CANCELLED, nothingYet.getStatus());
    }

    @Test
    void aLineCannotGiveMoreThanItHasBackordered() {
        OrderLine a = order(Strategy.BACKORDER).addLine(product("A"), 2);
        assertThrows(IllegalStateException.class, () -> a.process(3));
        assertThrows(IllegalStateException.class, () -> a.transferArrived(1, false), "nothing is in transfer");
    }
}
