package com.backorderdesk.ordering;

import com.backorderdesk.planning.OrderStatus;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as the API (docs/API.md) and the pages show it; a preview has no number. Per line,
 * processed + allocated + inTransfer + backordered = quantity, with dropShipped and shipped
 * counted inside processed.
 */
public record OrderView(String number, String customer, String customerName, String warehouse, String status,
                        List<String> policy, boolean rush, String parentOrder, List<String> childOrders,
                        List<Line> lines, List<Shipment> shipments, List<String> purchaseOrders, List<String> transfers,
                        String createdAt, String createdBy, boolean notifyCustomer, List<Notice> customerNotices,
                        Choice customerChoice) {

    /** Still owed to the customer (the order's status is one of {@link OrderStatus#WAITING}). */
    public boolean waiting() {
        return OrderStatus.valueOf(status).isWaiting();
    }

    public record Line(String sku, String name, int quantity, int allocated, int shipped, int inTransfer,
                       int dropShipped, int backordered, int processed, int cancelled, BigDecimal unitPrice) {

        /** What was ordered, before anything was cancelled. */
        public int ordered() {
            return quantity + cancelled;
        }

        /** The price of what the line still is (cancelled units are not charged). */
        public BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    public record Shipment(String id, String warehouse, String status, List<ShipmentLine> lines) {
    }

    public record ShipmentLine(String sku, int quantity) {
    }

    /** A mail that went to the customer about this order: when, which kind (BACKORDER, UPDATE, CHOICE), its subject. */
    public record Notice(String at, String kind, String subject) {
    }

    /** What the customer chose from the link in a notice: WAIT, SHIP_AVAILABLE_CANCEL_REST or CANCEL_UNSHIPPED. */
    public record Choice(String choice, String at) {
    }

    public BigDecimal total() {
        return lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int totalQuantity() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public int totalProcessed() {
        return lines.stream().mapToInt(Line::processed).sum();
    }
}
