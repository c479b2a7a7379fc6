package com.backorderdesk.purchasing;

/** STOCK replenishes a warehouse; DROP_SHIP goes straight to a customer. */
public enum PurchaseOrderType {
    STOCK, DROP_SHIP
}
