/**
 * Fulfilling sales orders: the {@link com.backorderdesk.fulfillment.Planner} (plain Java: order,
 * stock snapshot and policy in, plan out), and the documents a plan creates: pick-pack-ship
 * records and transfers.
 */
package com.backorderdesk.fulfillment;
