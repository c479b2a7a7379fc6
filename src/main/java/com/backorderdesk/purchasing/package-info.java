/**
 * Purchase orders: replenishment (STOCK) orders raised for backorders, topped up to each
 * product's minimum stock and consolidated per supplier and warehouse, and DROP_SHIP orders
 * that a supplier ships straight to the customer. A receipt's page asks
 * {@link com.backorderdesk.purchasing.ReceiptFills} which waiting orders it fills; restock
 * matching answers.
 */
package com.backorderdesk.purchasing;
