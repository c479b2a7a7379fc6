package com.backorderdesk.inventory;

/**
 * Where units an order got came from: stock on hand when it was placed, a purchase receipt,
 * a stock count (or a "match now"), a transfer from another warehouse, or the supplier
 * shipping straight to the customer.
 */
public enum StockSource {
    STOCK, RECEIPT, ADJUSTMENT, TRANSFER, DROP_SHIP
}
