/**
 * Stock: one {@link com.backorderdesk.inventory.StockLevel} per product and warehouse, and the
 * ledger of {@link com.backorderdesk.inventory.StockMovement}s that explains every change of
 * on-hand. Levels are locked in the database (never in the JVM) while they change, so two
 * clerks can never promise the same unit.
 */
package com.backorderdesk.inventory;
