package com.backorderdesk.inventory;


/**
 * Fired in the transaction that raises on-hand of a product at a warehouse: restock matching
 * listens. {@code source} names the document ("PO-7 receipt RC-3", "Stock count").
 */
public record StockArrived(String sku, String warehouse, int quantity, String source, StockSource kind) {
}
