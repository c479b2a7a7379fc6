package com.backorderdesk.planning;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * PARKED: ship-complete, holding what it could allocate. BACKORDERED: nothing processed yet.
 * PARTIALLY_COMPLETED: some processed, some waiting. COMPLETED: every quantity processed.
 * CANCELLED: nothing processed and the rest cancelled.
 */
public enum OrderStatus {
    PARKED, BACKORDERED, PARTIALLY_COMPLETED, COMPLETED, CANCELLED;

    /**
     * Still owed to the customer: the one list of waiting statuses. Queries bind it as a
     * parameter ({@code o.status in :waiting}), pages ask {@link #isWaiting}.
     */
    public static final Set<OrderStatus> WAITING = Collections.unmodifiableSet(EnumSet.of(PARKED, BACKORDERED, PARTIALLY_COMPLETED));

    /**
     * The status of an order from its totals over all lines: units ordered, processed, and still
     * waiting (backordered, in transfer or held). The one rule, for the entity and for bulk matching.
     */
    public static OrderStatus of(int quantity, int processed, int waiting, boolean shipComplete) {
        if (quantity == 0 || processed == 0 && waiting == 0) {
            return CANCELLED;
        } else if (waiting == 0) {
            return COMPLETED;
        } else if (shipComplete) {
            return PARKED;
        }
        return processed == 0 ? BACKORDERED : PARTIALLY_COMPLETED;
    }

    /** Still owed to the customer: shown on the dashboard and in the digests. */
    public boolean isWaiting() {
        return WAITING.contains(this);
    }
}
