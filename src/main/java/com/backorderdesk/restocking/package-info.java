/**
 * Restock matching: stock that arrives (a receipt, an upward count, a transfer) goes at once to
 * the waiting lines of its warehouse, rush first, then oldest
 * ({@link com.backorderdesk.restocking.Restocking}, written set-based by
 * {@link com.backorderdesk.restocking.MatchRecords}); every match is an alert for the clerk
 * who entered the order (badge, page, mail). Also where each unit of an order came from, and
 * the answer to the receipt pages' question of what a receipt fills
 * ({@link com.backorderdesk.restocking.ReceiptMatches}).
 */
package com.backorderdesk.restocking;
