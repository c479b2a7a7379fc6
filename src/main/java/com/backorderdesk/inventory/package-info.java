/**
 * Stock: one {@link com.backorderdesk.inventory.StockLevel} per product and warehouse, and the
 * ledger of {@link com.backorderdesk.inventory.StockMovement}s that explains every change of
 * on-hand. Levels are locked in the database (never in the JVM) while they change, so two
 * clerks can never promise the same unit. The events of stock arriving
 * ({@link com.backorderdesk.inventory.StockArrived}) and of waiting lines it filled
 * ({@link com.backorderdesk.inventory.RestockMatched}, collected per transaction by
 * {@link com.backorderdesk.inventory.MatchesMade}) live here, so receipts and counts fire them
 * without knowing who matches.
 */
package com.backorderdesk.inventory;
