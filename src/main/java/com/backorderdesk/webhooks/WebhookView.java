package com.backorderdesk.webhooks;

import java.util.List;
import java.util.Objects;

/** Webhook endpoints and deliveries as the API shows them (times ISO-8601, UTC). */
public final class WebhookView {

    private WebhookView() {
    }

    /** An endpoint; its signing {@code secret} only in the answer that registered it. */
    public record Endpoint(long id, String url, List<String> events, boolean allowLoopback, boolean active,
                           String createdBy, String createdAt, String secret) {
        static Endpoint of(WebhookEndpoint endpoint, String secret) {
            return new Endpoint(endpoint.getId(), endpoint.getUrl(), endpoint.getEvents(), endpoint.isAllowLoopback(),
                    endpoint.isActive(), endpoint.getCreatedBy(), endpoint.getCreatedAt().toString(), secret);
        }
    }

    public record Delivery(long id, String event, String eventId, String status, int attempts, Integer lastStatus,
                           String lastError, String createdAt, String nextAttemptAt, String deliveredAt, String payload) {
        static Delivery of(WebhookDelivery d) {
            return new Delivery(d.getId(), d.getEvent(), d.getEventId(), d.getStatus().name(), d.getTries().getAttempts(), d.getLastStatus(),
                    d.getTries().getLastError(), d.getCreatedAt().toString(), d.getTries().getNextAttemptAt().toString(),
                    Objects.toString(d.getDeliveredAt(), null), d.getPayload());
        }
    }
}
