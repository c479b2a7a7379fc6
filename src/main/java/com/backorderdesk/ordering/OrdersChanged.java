package com.backorderdesk.ordering;

import java.util.Collection;

/**
 * Fired in the transaction of a change to orders that are under way (a transfer arrived, a
 * backorder was cancelled, the customer chose): their customers may need to hear of it.
 */
public record OrdersChanged(Collection<Long> orderIds) {
}
