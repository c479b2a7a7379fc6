package com.backorderdesk.digest;

import com.backorderdesk.platform.Words;
import com.backorderdesk.backorders.BackorderView;
import com.backorderdesk.backorders.Backorders;
import com.backorderdesk.backorders.Dashboard;
import com.backorderdesk.mail.Outbox;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Config;
import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.security.Audit;
import com.backorderdesk.web.Templates;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
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
    Config settings;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    /** One status's figures, with the change since the previous digest of the kind to the same recipient ("+2", "-120.00"), or null. */
    public record FigureView(String status, long orders, BigDecimal value, String ordersChange, String valueChange) {
    }

    /** Sends the digest of this kind for the current period to every subscriber who has not had it. */
    public Sent send(Frequency kind) {
        Instant now = clock.instant();
        return send(kind, LocalDate.ofInstant(now, clock.getZone()), now);
    }

    /**
     * Sends a digest that fell due at {@code due} and may not have gone out (the server was down
     * then) to every subscriber who had subscribed by then and has not had it; the content is as
     * of now. A subscriber who came later was never owed that period.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // each kind on its own, holding its own lock
    public Sent catchUp(Frequency kind, Instant due) {
        return send(kind, LocalDate.ofInstant(due, clock.getZone()), due);
    }

    /** The digest for the period that contains {@code day}, to the subscribers of {@code subscribedBy} or earlier. */
    private Sent send(Frequency kind, LocalDate day, Instant subscribedBy) {
        Entities.hold(em, "digest-" + kind); // two servers sending the same digest: the second finds it had
        Instant now = clock.instant();
        String period = kind.period(day);
        List<DigestSubscription> subscribers = em.createQuery("select s from DigestSubscription s left join fetch s.warehouse "
                        + "where s.frequency = :kind and s.createdAt <= :by order by s.id", DigestSubscription.class)
                .setParameter("kind", kind).setParameter("by", subscribedBy).getResultList();
        Map<String, Owed> owedAt = new HashMap<>();
        int sent = 0;
        for (DigestSubscription subscriber : subscribers) {
            boolean had = em.createQuery("select count(r) from DigestRun r where r.kind = :kind and r.period = :period and r.recipient = :to", Long.class)
                    .setParameter("kind", kind).setParameter("period", period).setParameter("to", subscriber.getEmail()).getSingleResult() > 0;
            if (had) {
                continue;
            }
            String warehouse = subscriber.getWarehouseCode();
            Owed owed = owedAt.computeIfAbsent(warehouse == null ? "" : warehouse, w -> owed(warehouse, now));
            Map<String, Object> model = content(kind, period, now, subscriber.getEmail(), warehouse, owed);
            em.persist(new DigestRun(kind, period, subscriber.getEmail(), now, owed.orders(), owed.value(),
                    owed.figures().stream().map(f -> new RunFigure(f.status(), f.orders(), f.value())).toList()));
            outbox.queue("DIGEST", subscriber.getEmail(), (String) model.get("subject"),
                    templates.render("mail/digest.txt", model, Locale.ENGLISH), templates.render("mail/digest", model, Locale.ENGLISH),
                    "digest:" + kind + ":" + period + ":" + subscriber.getEmail());
            sent++;
        }
        if (sent > 0) {
            audit.record("digest.sent", kind.label() + " " + period, Words.count(sent, "recipient"));
        }
        return new Sent(sent, period);
    }

    /** The digest of all warehouses as it would go out now, for the preview page. */
    public String preview(Frequency kind) {
        Instant now = clock.instant();
        return templates.render("mail/digest", content(kind, kind.period(LocalDate.ofInstant(now, clock.getZone())), now, null, null,
                owed(null, now)), Locale.ENGLISH);
    }

    /** What is owed at one warehouse (null: all) now: the same for every recipient who follows it, so read once per send. */
    record Owed(List<Dashboard.Figure> figures, Page<BackorderView> waiting, List<Dashboard.OverduePurchaseOrder> overdue) {

        int orders() {
            return (int) figures.stream().mapToLong(Dashboard.Figure::orders).sum();
        }

        BigDecimal value() {
            return figures.stream().map(Dashboard.Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private Owed owed(String warehouse, Instant now) {
        return new Owed(dashboard.figures(warehouse, null), backorders.waiting(null, warehouse, null, new PageRequest(0, LISTED)),
                dashboard.overdue(now, warehouse));
    }

    /** What a digest says, for one recipient (null: anyone) and one warehouse (null: all). */
    Map<String, Object> content(Frequency kind, String period, Instant now, String recipient, String warehouse, Owed owed) {
        List<DigestRun> previous = em.createQuery("select r from DigestRun r where r.kind = :kind and r.period <> :period "
                                + "and (:recipient is null or r.recipient = :recipient) order by r.createdAt desc, r.id desc", DigestRun.class)
                .setParameter("kind", kind).setParameter("period", period).setParameter("recipient", recipient).setMaxResults(1).getResultList();
        DigestRun before = previous.isEmpty() ? null : previous.get(0);
        List<FigureView> figures = owed.figures().stream().map(f -> figure(f, before)).toList();
        int waitingOrders = owed.orders();
        BigDecimal waitingValue = owed.value();
        Instant since = before == null ? now.minus(kind == Frequency.DAILY ? Duration.ofDays(1) : Duration.ofDays(7)) : before.getCreatedAt();
        Page<BackorderView> waiting = owed.waiting();
        long partially = figures.stream().filter(f -> f.status().equals("PARTIALLY_COMPLETED")).mapToLong(FigureView::orders).sum();
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.label());
        model.put("period", period);
        model.put("warehouse", warehouse);
        model.put("subject", "Backorder digest, " + kind.label() + ", " + period + (warehouse == null ? "" : " (" + warehouse + ")")
                + ": " + partially + " partially completed " + (partially == 1 ? "order" : "orders"));
        model.put("figures", figures);
        model.put("waitingOrders", waitingOrders);
        model.put("waitingValue", waitingValue);
        model.put("changeOrders", before == null ? null : signed(BigDecimal.valueOf(waitingOrders - before.getWaitingOrders())));
        model.put("changeValue", before == null ? null : signed(waitingValue.subtract(before.getWaitingValue())));
        model.put("waiting", waiting.items());
        model.put("waitingTotal", waiting.total());
        model.put("matches", alerts.since(since, warehouse, LISTED));
        model.put("since", since);
        model.put("fillable", waiting.items().stream().filter(BackorderView::fillableNow).toList());
        model.put("overdue", owed.overdue());
        model.put("baseUrl", settings.get("BACKORDER_BASE_URL", "http://localhost:8080"));
        return model;
    }

    private static FigureView figure(Dashboard.Figure now, DigestRun before) {
        if (before == null) {
            return new FigureView(now.status(), now.orders(), now.value(), null, null);
        }
        RunFigure then = before.getFigures().stream().filter(f -> f.getStatus().equals(now.status())).findFirst()
                .orElse(new RunFigure(now.status(), 0, BigDecimal.ZERO));
        return new FigureView(now.status(), now.orders(), now.value(), signed(BigDecimal.valueOf(now.orders() - then.getOrders())),
                signed(now.value().subtract(then.getValue())));
    }

    /** "+2", "0", "-1.50". */
    static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }
}
