/**
 * What a plan creates and how it moves along: {@link com.backorderdesk.shipping.StockSnapshot}
 * locks and reads the stock an order is planned from; {@link com.backorderdesk.shipping.Shipping}
 * applies a plan to a new order (allocations, pick-pack-ship records, holds, transfers,
 * drop-ship and replenishment purchase orders), moves pick-pack-ship records from OPEN to
 * SHIPPED, ships and receives transfers, and releases parked orders once complete.
 */
package com.backorderdesk.shipping;
