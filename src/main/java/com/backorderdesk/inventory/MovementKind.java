package com.backorderdesk.inventory;

/** Why on-hand changed. */
public enum MovementKind {
    ADJUSTMENT, RECEIPT, SHIPMENT, TRANSFER_OUT, TRANSFER_IN
}
