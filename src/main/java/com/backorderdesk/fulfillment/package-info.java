/**
 * Fulfilling sales orders: the {@link com.backorderdesk.fulfillment.Planner} (plain Java: order,
 * stock snapshot and policy in, plan out) and the strategy advisor that runs it for every
 * candidate policy; the documents a plan creates (pick-pack-ship records, transfers); restock
 * matching of arriving stock to waiting lines with its alerts; and the backorder dashboard.
 */
package com.backorderdesk.fulfillment;
