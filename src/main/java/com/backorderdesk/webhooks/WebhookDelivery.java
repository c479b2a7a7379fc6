package com.backorderdesk.webhooks;

import com.backorderdesk.platform.Tries;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One event for one endpoint: PENDING until the endpoint answers 2xx (DELIVERED); after
 * {@link #MAX_ATTEMPTS} failures, with growing pauses, FAILED until an admin sends it again.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.DUE, query = "select d.id from WebhookDelivery d where d.status = com.backorderdesk.webhooks.WebhookDelivery.Status.PENDING and d.tries.nextAttemptAt <= :now order by d.id")
@NamedQuery(name = WebhookDelivery.OF_ENDPOINT, query = "select d from WebhookDelivery d where d.endpoint.id = :endpoint order by d.createdAt desc, d.id desc")
@NamedQuery(name = WebhookDelivery.COUNT_OF_ENDPOINT, query = "select count(d) from WebhookDelivery d where d.endpoint.id = :endpoint")
@NamedQuery(name = WebhookDelivery.DEDUPED, query = "select count(d) from WebhookDelivery d where d.endpoint = :endpoint and d.dedupeKey = :key")
public class WebhookDelivery {

    static final String DUE = "WebhookDelivery.due";
    static final String OF_ENDPOINT = "WebhookDelivery.ofEndpoint";
    static final String COUNT_OF_ENDPOINT = "WebhookDelivery.countOfEndpoint";
    static final String DEDUPED = "WebhookDelivery.deduped";
    static final int MAX_ATTEMPTS = 8;

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id")
    private WebhookEndpoint endpoint;
    private String event;
    private String eventId;
    private String payload;
    private String dedupeKey;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Embedded
    private Tries tries;
    private Integer lastStatus;
    private Instant createdAt;
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(WebhookEndpoint endpoint, WebhookEvent event, String eventId, String payload, String dedupeKey, Instant now) {
        this.endpoint = endpoint;
        this.event = event.wireName;
        this.eventId = eventId;
        this.payload = payload;
        this.dedupeKey = dedupeKey;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.tries = Tries.dueAt(now);
    }

    void delivered(int httpStatus, Instant now) {
        tries.succeeded();
        status = Status.DELIVERED;
        lastStatus = httpStatus;
        deliveredAt = now;
    }

    void failed(Integer httpStatus, String error, Instant now, long firstPauseSeconds) {
        lastStatus = httpStatus;
        if (tries.failed(error, now, firstPauseSeconds, MAX_ATTEMPTS)) {
            status = Status.FAILED;
        }
    }

    void again(Instant now) {
        status = Status.PENDING;
        tries.again(now);
    }

    public Long getId() {
        return id;
    }

    public WebhookEndpoint getEndpoint() {
        return endpoint;
    }

    public String getEvent() {
        return event;
    }

    public String getEventId() {
        return eventId;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    /** How many tries, when the next one is due, what went wrong last. */
    public Tries getTries() {
        return tries;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
