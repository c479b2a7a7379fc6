/**
 * The customer's side of a backorder: a notice by mail when an order waits (what ships now,
 * what waits, when it is expected), updates only when something the customer cares about
 * changes (at most one a day), and a link in every notice to a page without sign-in where the
 * customer chooses: wait, ship what is there and cancel the rest, or cancel what has not shipped.
 */
package com.backorderdesk.notices;
