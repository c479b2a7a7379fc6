package com.backorderdesk.purchasing;

/** OPEN until everything is received (RECEIVED) or, for a drop-ship, its shipment confirmed (CLOSED). */
public enum PurchaseOrderStatus {
    OPEN, RECEIVED, CLOSED
}
