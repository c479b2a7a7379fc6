/**
 * Sales orders: entry (pages and API, with a preview and the strategy advice before placing),
 * the {@link com.backorderdesk.ordering.SalesOrder} aggregate with its lines and the status
 * they add up to, and the {@link com.backorderdesk.planning.BackorderPolicy} an order follows
 * (its own, its customer's or the system default). Placing checks everything first and then
 * plans it with the planning package's planner and applies the plan (shipping) in the same
 * transaction.
 */
package com.backorderdesk.ordering;
