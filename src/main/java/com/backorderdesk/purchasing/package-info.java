/**
 * Purchase orders: replenishment (STOCK) orders raised for backorders, topped up to each
 * product's minimum stock and consolidated per supplier and warehouse, and DROP_SHIP orders
 * that a supplier ships straight to the customer.
 */
package com.backorderdesk.purchasing;
