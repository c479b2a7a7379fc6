package com.backorderdesk.purchasing;

/** Fired in the transaction that opened a purchase order (stock or drop-ship), once its first line is on it. */
public record PurchaseOrderRaised(PurchaseOrder purchaseOrder) {

    /** The purchase order as the API shows it. */
    public PurchaseOrderView view() {
        return PurchaseOrderView.of(purchaseOrder);
    }
}
