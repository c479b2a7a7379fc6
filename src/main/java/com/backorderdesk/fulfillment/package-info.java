/**
 * Fulfilling sales orders: reading the stock snapshot the
 * {@link com.backorderdesk.planning.Planner} plans from and applying its plan; the advisor's
 * settings; the documents a plan creates (pick-pack-ship records, transfers); restock
 * matching of arriving stock to waiting lines with its alerts; and the backorder dashboard.
 */
package com.backorderdesk.fulfillment;
