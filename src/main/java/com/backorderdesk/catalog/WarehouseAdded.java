package com.backorderdesk.catalog;

/** Fired in the transaction that creates a warehouse. */
public record WarehouseAdded(Warehouse warehouse) {
}
