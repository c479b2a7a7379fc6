/**
 * The sales order aggregate that every capability builds on: the
 * {@link com.backorderdesk.ordering.SalesOrder} with its lines and the status they add up to,
 * holds, the {@link com.backorderdesk.planning.BackorderPolicy} an order follows (its own, its
 * customer's or the system default), the advisor's settings, the advice kept with an order, and
 * the events an order change fires. Taking orders (entry, API, pages) is {@code sales}; this
 * package imports none of the capabilities that change orders.
 */
package com.backorderdesk.ordering;
