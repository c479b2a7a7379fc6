package com.backorderdesk.inventory;

/** Fired in the transaction that raises on-hand of a product at a warehouse (restock matching listens). */
public record StockArrived(String sku, String warehouse, int quantity, String source) {
}
