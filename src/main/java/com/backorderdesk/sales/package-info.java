/**
 * Taking orders: order entry in the pages and the API (the figures beside each line, a preview
 * and the strategy advice before placing), the order list and page, cancelling what is
 * backordered, and the settings pages of the default policy and the advisor.
 * {@link com.backorderdesk.sales.SalesOrders} checks everything first, then plans the order from
 * a locked stock snapshot with the planning package's planner and applies the plan (shipping),
 * all in one transaction. The top of the order pipeline: nothing but the demo data builds on it.
 */
package com.backorderdesk.sales;
