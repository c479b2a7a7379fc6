package com.backorderdesk.ordering;

/**
 * PARKED: ship-complete, holding what it could allocate. BACKORDERED: nothing processed yet.
 * PARTIALLY_COMPLETED: some processed, some waiting. COMPLETED: every quantity processed.
 * CANCELLED: nothing processed and the rest cancelled.
 */
public enum OrderStatus {
    PARKED, BACKORDERED, PARTIALLY_COMPLETED, COMPLETED, CANCELLED;

    /** Still owed to the customer: shown on the dashboard and in the digests. */
    public boolean isWaiting() {
        return this == PARKED || this == BACKORDERED || this == PARTIALLY_COMPLETED;
    }
}
