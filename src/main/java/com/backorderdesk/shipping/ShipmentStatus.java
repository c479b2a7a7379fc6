package com.backorderdesk.shipping;

/** A pick-pack-ship record moves OPEN -> PICKED -> PACKED -> SHIPPED, one step at a time. */
public enum ShipmentStatus {
    OPEN, PICKED, PACKED, SHIPPED;

    public ShipmentStatus next() {
        return this == SHIPPED ? null : values()[ordinal() + 1];
    }
}
