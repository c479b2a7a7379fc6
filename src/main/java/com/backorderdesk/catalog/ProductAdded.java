package com.backorderdesk.catalog;

/** Fired in the transaction that creates a product. */
public record ProductAdded(Product product) {
}
