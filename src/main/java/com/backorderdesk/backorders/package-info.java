/**
 * What is still owed to customers: the waiting list (page, API, CSV) oldest first with the
 * expected arrival of each waiting line, and the dashboard's figures, ageing chart, oldest
 * orders, recent matches and overdue purchase orders (figures cached and refreshed in the
 * background).
 */
package com.backorderdesk.backorders;
