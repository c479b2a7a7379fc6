/**
 * What a plan creates and how it moves along: {@link com.backorderdesk.shipping.Shipping}
 * applies a plan to a new order (allocations, pick-pack-ship records, holds, transfers,
 * drop-ship and replenishment purchase orders), moves pick-pack-ship records from OPEN to
 * SHIPPED, ships and receives transfers, and releases parked orders once complete. Also the
 * transfer times between warehouses that the advisor uses.
 */
package com.backorderdesk.shipping;
