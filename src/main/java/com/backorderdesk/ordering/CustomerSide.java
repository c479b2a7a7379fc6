package com.backorderdesk.ordering;

import java.util.List;

/**
 * What the customer was told about an order and what they chose, as the order's view shows
 * them; the customer's side (notices, links, choices) answers it.
 */
public interface CustomerSide {

    /** The mails that went to the customer about the order, oldest first. */
    List<OrderView.Notice> notices(SalesOrder order);

    /** The customer's choice, or null while they have made none. */
    OrderView.Choice choice(SalesOrder order);
}
