package com.backorderdesk.shipping;

/**
 * A pick-pack-ship record moves OPEN -> PICKED -> PACKED -> SHIPPED, one step at a time; an OPEN
 * one is CANCELLED when the customer cancels what has not shipped.
 */
public enum ShipmentStatus {
    OPEN, PICKED, PACKED, SHIPPED, CANCELLED;

    public ShipmentStatus next() {
        return this == SHIPPED || this == CANCELLED ? null : values()[ordinal() + 1];
    }
}
