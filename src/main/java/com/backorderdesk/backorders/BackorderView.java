package com.backorderdesk.backorders;

import java.math.BigDecimal;
import java.util.List;

/** A waiting order as the dashboard, the digests and {@code GET /api/backorders} show it. */
public record BackorderView(String order, String customer, String customerName, String warehouse, String status,
                            boolean rush, String createdAt, long ageDays, List<Waiting> waiting, boolean fillableNow,
                            BigDecimal value) {

    /** A line still waiting: how many, and when they are expected (null: nothing on the way yet). */
    public record Waiting(String sku, int quantity, String expected) {
    }
}
