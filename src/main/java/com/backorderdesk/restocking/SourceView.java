package com.backorderdesk.restocking;

import com.backorderdesk.shipping.AllocationSource;
/**
 * Where units of an order line came from: "3 × A from PO-7 receipt RC-2 at MAIN, 2026-11-26
 * 09:14", and why this order got them.
 */
public record SourceView(String sku, int quantity, String kind, String reference, String warehouse, String at, String reason) {

    static SourceView of(AllocationSource a) {
        String reason = switch (a.getKind()) {
            case STOCK -> "On hand at " + a.getWarehouse().getCode() + " when the order was placed.";
            case TRANSFER -> "Transferred for this order: its warehouse was short.";
            case DROP_SHIP -> "The supplier ships to the customer: the policy drop-ships what is short.";
            default -> "Allocated to this order.";
        };
        return new SourceView(a.getLine().getProduct().getSku(), a.getQuantity(), a.getKind().name(), a.getReference(),
                a.getWarehouse().getCode(), a.getAt().toString(), reason);
    }

    /** A restock match is where the units it gave came from: stock that arrived at the order's warehouse. */
    static SourceView of(RestockMatch m) {
        return new SourceView(m.getLine().getProduct().getSku(), m.getQuantity(), m.getKind().name(), m.getSource(),
                m.getOrder().getWarehouse().getCode(), m.getAt().toString(),
                "Next in the queue when the stock arrived: " + Explanations.RULE.toLowerCase(java.util.Locale.ROOT));
    }
}
