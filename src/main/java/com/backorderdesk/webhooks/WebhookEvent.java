package com.backorderdesk.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can be told of, by the name integrations know it under. */
public enum WebhookEvent {
    ORDER_BACKORDERED("order.backordered"),
    ORDER_COMPLETED("order.completed"),
    RESTOCK_MATCHED("restock.matched"),
    PURCHASE_ORDER_RAISED("purchase-order.raised"),
    CUSTOMER_CHOICE("customer.choice");

    public final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
