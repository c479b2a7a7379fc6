package com.backorderdesk.webhooks;

import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Secrets;
import com.backorderdesk.platform.Config;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.CurrentUser;
import com.backorderdesk.web.ApiResponses;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Webhooks: endpoints an admin registers, and their deliveries. An event is written as one
 * delivery per endpoint that wants it, in the transaction of the change it tells of (a change
 * rolled back tells nothing), and sent after that transaction commits ({@link WebhookSender}),
 * each in a transaction of its own: POST of the JSON, signed, no redirects followed; any 2xx is
 * delivered, anything else is tried again after 30 s, 1, 2, 4 ... minutes, and after
 * {@link WebhookDelivery#MAX_ATTEMPTS} tries waits for an admin.
 */
@Stateless
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());
    static final String SIGNATURE = "Backorder-Signature";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** What a receiver gets: the event's id (the same at every attempt), its name, when, and what happened. */
    public record Envelope(String id, String type, String createdAt, Object data) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    WebhookAddresses addresses;
    @Inject
    Audit audit;
    @Inject
    CurrentUser currentUser;
    @Inject
    Config settings;
    @Inject
    Clock clock;
    @Inject
    Event<WebhookQueued> queued;

    public WebhookView.Endpoint register(WebhookData given) {
        WebhookData data = given == null ? new WebhookData(null, null, null) : given;
        boolean loopback = Boolean.TRUE.equals(data.allowLoopback());
        List<Problem> found = new ArrayList<>();
        URI url = null;
        try {
            url = addresses.check(data.url(), loopback);
        } catch (Problem problem) {
            found.add(problem);
        }
        List<WebhookEvent> events = new ArrayList<>();
        if (data.events() == null || data.events().isEmpty()) {
            found.add(Problem.invalid("events", "choose at least one event"));
        } else {
            for (String name : data.events()) {
                Optional<WebhookEvent> event = WebhookEvent.of(name);
                if (event.isEmpty()) {
                    found.add(Problem.invalid("events", "unknown event " + name + ": one of " + wireNames()));
                    break;
                }
                if (!events.contains(event.get())) {
                    events.add(event.get());
                }
            }
        }
        if (!found.isEmpty()) {
            throw Problem.all(found);
        }
        String secret = "whsec_" + Secrets.randomToken();
        WebhookEndpoint endpoint = new WebhookEndpoint(url, events, secret, loopback, currentUser.name(), clock.instant());
        em.persist(endpoint);
        audit.record("webhook.registered", "webhook " + url, String.join(", ", endpoint.getEvents()) + (loopback ? ", loopback allowed" : ""));
        return WebhookView.Endpoint.of(endpoint, secret);
    }

    static String wireNames() {
        return String.join(", ", java.util.Arrays.stream(WebhookEvent.values()).map(e -> e.wireName).toList());
    }

    public List<WebhookEndpoint> all() {
        return em.createNamedQuery(WebhookEndpoint.ALL, WebhookEndpoint.class).getResultList();
    }

    public WebhookEndpoint get(long id) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            throw Problem.notFound("id", "Unknown webhook endpoint " + id + ".");
        }
        return endpoint;
    }

    /** Removes an endpoint and its delivery log: nothing more is sent to it. */
    public void remove(long id) {
        WebhookEndpoint endpoint = get(id);
        em.remove(endpoint);
        audit.record("webhook.removed", "webhook " + endpoint.getUrl(), null);
    }

    public Page<WebhookDelivery> deliveries(long endpointId, PageRequest page) {
        get(endpointId);
        return Page.of(em.createNamedQuery(WebhookDelivery.OF_ENDPOINT, WebhookDelivery.class).setParameter("endpoint", endpointId),
                em.createNamedQuery(WebhookDelivery.COUNT_OF_ENDPOINT, Long.class).setParameter("endpoint", endpointId), page);
    }

    /** An admin sends a delivery again now (a failed one, or one waiting for its next try). */
    public WebhookView.Delivery again(long endpointId, long deliveryId) {
        // locked, as a send locks it: a delivery being sent this moment is answered as delivered, never sent twice
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.getEndpoint().getId().equals(endpointId)) {
            throw Problem.notFound("delivery", "Unknown delivery " + deliveryId + ".");
        }
        if (delivery.getStatus() == WebhookDelivery.Status.DELIVERED) {
            throw Problem.conflict("status", "Delivery " + deliveryId + " was delivered already.");
        }
        delivery.again(clock.instant());
        audit.record("webhook.resent", "webhook " + delivery.getEndpoint().getUrl(), delivery.getEvent() + " " + delivery.getEventId());
        queued.fire(new WebhookQueued());
        return WebhookView.Delivery.of(delivery);
    }

    /** Whether any endpoint wants this event (before loading many orders to tell of). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean wanted(WebhookEvent event) {
        return active().stream().anyMatch(e -> e.wants(event));
    }

    /**
     * Writes the event for every endpoint that wants it, in the caller's transaction; its data is
     * made only when one does. With a
     * {@code once} key (e.g. "order:SO-1001"), an endpoint gets that event for that key once.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(WebhookEvent event, Supplier<?> data, String once) {
        List<WebhookEndpoint> wanting = active().stream().filter(e -> e.wants(event)).toList();
        if (wanting.isEmpty()) {
            return; // nobody listens: nothing is prepared
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String payload = ApiResponses.text(new Envelope(id, event.wireName, now.toString(), data.get()));
        for (WebhookEndpoint endpoint : wanting) {
            if (once == null || em.createNamedQuery(WebhookDelivery.DEDUPED, Long.class).setParameter("endpoint", endpoint)
                    .setParameter("key", event.wireName + ":" + once).getSingleResult() == 0) {
                em.persist(new WebhookDelivery(endpoint, event, id, payload, once == null ? null : event.wireName + ":" + once, now));
            }
        }
        queued.fire(new WebhookQueued());
    }

    private List<WebhookEndpoint> active() {
        return em.createNamedQuery(WebhookEndpoint.ACTIVE, WebhookEndpoint.class).getResultList();
    }

    /** The ids of the deliveries whose time has come. */
    public List<Long> due() {
        return em.createNamedQuery(WebhookDelivery.DUE, Long.class).setParameter("now", clock.instant()).setMaxResults(200).getResultList();
    }

    /** Sends one delivery, claimed for the time of the try ({@link Entities#claim}); a failure is recorded on it, never thrown. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        WebhookDelivery delivery = Entities.claim(em, WebhookDelivery.class, id);
        if (delivery == null || delivery.getStatus() != WebhookDelivery.Status.PENDING) {
            return false;
        }
        WebhookEndpoint endpoint = delivery.getEndpoint();
        Instant now = clock.instant();
        long firstPause = settings.number("BACKORDER_WEBHOOK_RETRY_SECONDS", 30);
        URI url = URI.create(endpoint.getUrl());
        Optional<String> refused = addresses.refusal(url, endpoint.isAllowLoopback());
        if (refused.isPresent()) {
            delivery.failed(null, "Not sent: " + refused.get(), now, firstPause);
            return false;
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(8))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "BackorderDesk-Webhooks/1")
                .header("Backorder-Event", delivery.getEvent())
                .header("Backorder-Event-Id", delivery.getEventId())
                .header(SIGNATURE, "t=" + timestamp + ",v1=" + Secrets.hmacSha256(endpoint.getSecret(), timestamp + "." + delivery.getPayload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload()))
                .build();
        try {
            // the whole answer within 10 s (a request's own timeout covers only the headers): a receiver
            // that trickles its body never holds up the sending of everything else
            CompletableFuture<HttpResponse<Void>> answer = HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> response;
            try {
                response = answer.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                answer.cancel(true);
                throw new IOException("no whole answer within 10 s");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                delivery.delivered(status, clock.instant());
                return true;
            }
            delivery.failed(status, status >= 300 && status < 400 ? "Redirect to " + response.headers().firstValue("Location").orElse("?")
                    + " not followed" : "The endpoint answered " + status, clock.instant(), firstPause);
        } catch (IOException e) {
            delivery.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant(), firstPause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.failed(null, "Interrupted", clock.instant(), firstPause);
        }
        LOG.log(Level.INFO, "Webhook delivery {0} ({1}) to {2} failed (attempt {3}): {4}",
                new Object[]{id, delivery.getEvent(), endpoint.getUrl(), delivery.getTries().getAttempts(), delivery.getTries().getLastError()});
        return false;
    }
}
