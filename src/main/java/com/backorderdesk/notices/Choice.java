package com.backorderdesk.notices;

/** What a customer can choose for what still waits on an order (docs/API.md names them). */
public enum Choice {
    /** Keep the backorder: nothing changes. */
    WAIT,
    /** What is allocated ships; the rest still waiting is cancelled, as "cancel backorder" does. */
    SHIP_AVAILABLE_CANCEL_REST,
    /** The rest is cancelled, held stock released, pick-pack-ship records nobody has picked yet cancelled. */
    CANCEL_UNSHIPPED;

    /** Whether the order, as the customer sees it now, still allows this choice. */
    public boolean allowedFor(CustomerView order) {
        return switch (this) {
            case WAIT -> order.waiting();
            case SHIP_AVAILABLE_CANCEL_REST -> order.waiting() && order.cancellable() > 0;
            case CANCEL_UNSHIPPED -> order.waiting() && order.cancellable() + order.unpicked() > 0;
        };
    }

    /** The choice named in a form or a link, or null for anything else. */
    static Choice parse(String name) {
        for (Choice choice : values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        return null;
    }
}
