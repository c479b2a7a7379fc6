package com.backorderdesk.digest;

import com.backorderdesk.fulfillment.Alerts;
import com.backorderdesk.fulfillment.BackorderView;
import com.backorderdesk.fulfillment.Backorders;
import com.backorderdesk.fulfillment.Dashboard;
import com.backorderdesk.mail.Outbox;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Settings;
import com.backorderdesk.security.Audit;
import com.backorderdesk.web.Templates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Composes and sends the digests. Sending writes, per subscriber, a {@link DigestRun} with a
 * unique key and the mail into the outbox, in one transaction: a second send, a second timer
 * or a second server in the same period finds the run and sends nothing new.
 */
@Stateless
public class Digests {

    /** How many waiting orders and matches a digest lists; the dashboard has the rest. */
    static final int LISTED = 25;

    public record Sent(int sent, String period) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Dashboard dashboard;
    @Inject
    Backorders backorders;
    @Inject
    Alerts alerts;
    @Inject
    Outbox outbox;
    @Inject
    Templates templates;
    @Inject
    Settings settings;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    /** Sends the digest of this kind for the current period to every subscriber who has not had it. */
    public Sent send(Frequency kind) {
        Instant now = clock.instant();
        String period = kind.period(LocalDate.ofInstant(now, clock.getZone()));
        List<DigestSubscription> subscribers = em.createQuery("select s from DigestSubscription s where s.frequency = :kind order by s.id",
                DigestSubscription.class).setParameter("kind", kind).getResultList();
        Map<String, Object> model = null;
        int sent = 0;
        for (DigestSubscription subscriber : subscribers) {
            boolean had = em.createQuery("select count(r) from DigestRun r where r.kind = :kind and r.period = :period and r.recipient = :to", Long.class)
                    .setParameter("kind", kind).setParameter("period", period).setParameter("to", subscriber.getEmail()).getSingleResult() > 0;
            if (had) {
                continue;
            }
            if (model == null) {
                model = content(kind, period, now);
            }
            em.persist(new DigestRun(kind, period, subscriber.getEmail(), now, (Integer) model.get("waitingOrders"), (BigDecimal) model.get("waitingValue")));
            outbox.queue("DIGEST", subscriber.getEmail(), (String) model.get("subject"),
                    templates.render("mail/digest.txt", model, Locale.ENGLISH), templates.render("mail/digest", model, Locale.ENGLISH),
                    "digest:" + kind + ":" + period + ":" + subscriber.getEmail());
            sent++;
        }
        if (sent > 0) {
            audit.record("digest.sent", kind.label() + " " + period, sent + " recipients");
        }
        return new Sent(sent, period);
    }

    /** The digest as it would go out now, for the preview page. */
    public String preview(Frequency kind) {
        Instant now = clock.instant();
        return templates.render("mail/digest", content(kind, kind.period(LocalDate.ofInstant(now, clock.getZone())), now), Locale.ENGLISH);
    }

    Map<String, Object> content(Frequency kind, String period, Instant now) {
        Dashboard.View overview = dashboard.view(null, null);
        int waitingOrders = (int) overview.figures().stream().mapToLong(Dashboard.Figure::orders).sum();
        BigDecimal waitingValue = overview.figures().stream().map(Dashboard.Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DigestRun> previous = em.createQuery("select r from DigestRun r where r.kind = :kind and r.period <> :period order by r.createdAt desc",
                DigestRun.class).setParameter("kind", kind).setParameter("period", period).setMaxResults(1).getResultList();
        Instant since = previous.isEmpty() ? now.minus(kind == Frequency.DAILY ? java.time.Duration.ofDays(1) : java.time.Duration.ofDays(7))
                : previous.get(0).getCreatedAt();
        Page<BackorderView> waiting = backorders.waiting(null, null, null, new PageRequest(0, LISTED));
        long partially = overview.figures().stream().filter(f -> f.status().equals("PARTIALLY_COMPLETED")).mapToLong(Dashboard.Figure::orders).sum();
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.label());
        model.put("period", period);
        model.put("subject", "Backorder digest, " + kind.label() + ", " + period + ": " + partially + " partially completed orders");
        model.put("figures", overview.figures());
        model.put("waitingOrders", waitingOrders);
        model.put("waitingValue", waitingValue);
        model.put("previousOrders", previous.isEmpty() ? null : previous.get(0).getWaitingOrders());
        model.put("changeOrders", previous.isEmpty() ? null : waitingOrders - previous.get(0).getWaitingOrders());
        model.put("waiting", waiting.items());
        model.put("waitingTotal", waiting.total());
        model.put("matches", alerts.since(since, LISTED));
        model.put("since", since.toString().substring(0, 16).replace('T', ' '));
        model.put("fillable", waiting.items().stream().filter(BackorderView::fillableNow).toList());
        model.put("overdue", dashboard.overdue(now));
        model.put("baseUrl", settings.get("BACKORDER_BASE_URL", "http://localhost:8080"));
        return model;
    }
}
