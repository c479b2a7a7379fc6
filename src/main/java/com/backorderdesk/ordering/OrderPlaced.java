package com.backorderdesk.ordering;

/** Fired in the transaction that placed an order (and its child order, when the rest was split off). */
public record OrderPlaced(SalesOrder order, SalesOrder child) {
}
