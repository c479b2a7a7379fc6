package com.backorderdesk.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A URL told of events as they happen: each delivery is signed with the endpoint's secret
 * (HMAC-SHA256), so the receiver knows it comes from here.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = WebhookEndpoint.ACTIVE, query = "select e from WebhookEndpoint e where e.active = true order by e.id")
@NamedQuery(name = WebhookEndpoint.ALL, query = "select e from WebhookEndpoint e order by e.id")
public class WebhookEndpoint {

    static final String ACTIVE = "WebhookEndpoint.active";
    static final String ALL = "WebhookEndpoint.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String url;
    /** The events' wire names, comma-separated. */
    private String events;
    private String secret;
    private boolean allowLoopback;
    private boolean active;
    private String createdBy;
    private Instant createdAt;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(URI url, List<WebhookEvent> events, String secret, boolean allowLoopback, String createdBy, Instant createdAt) {
        this.url = url.toString();
        this.events = String.join(",", events.stream().map(e -> e.wireName).toList());
        this.secret = secret;
        this.allowLoopback = allowLoopback;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean wants(WebhookEvent event) {
        return active && Arrays.asList(events.split(",")).contains(event.wireName);
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getEvents() {
        return List.of(events.split(","));
    }

    String getSecret() {
        return secret;
    }

    public boolean isAllowLoopback() {
        return allowLoopback;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
