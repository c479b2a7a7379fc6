package com.backorderdesk.restocking;

import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Restock alerts: every match, newest first; unread ones make the badge of the user who entered the order. */
@Stateless
public class Alerts {

    public record AlertView(long id, String order, String sku, int quantity, String source, String at, String recipient, boolean read) {
        static AlertView of(RestockMatch m) {
            return new AlertView(m.getId(), m.getOrder().getNumber(), m.getLine().getProduct().getSku(), m.getQuantity(), m.getSource(),
                    m.getAt().toString(), m.getRecipient(), m.getReadAt() != null);
        }
    }

    static final String WHERE = " from RestockMatch m where (:order is null or m.order.number = :order) and (:recipient is null or m.recipient = :recipient)";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public Page<AlertView> list(String order, String recipient, PageRequest page) {
        var items = em.createQuery("select m" + WHERE + " order by m.at desc, m.id desc", RestockMatch.class);
        var count = em.createQuery("select count(m)" + WHERE, Long.class);
        for (var q : List.of(items, count)) {
            q.setParameter("order", order == null || order.isBlank() ? null : order.trim()).setParameter("recipient", recipient);
        }
        return Page.of(items, count, page).map(AlertView::of);
    }

    /** Matches since a moment (the previous digest), at one warehouse or (null) all, newest first, at most {@code max}. */
    public List<AlertView> since(Instant since, String warehouse, int max) {
        return em.createQuery("select m from RestockMatch m where m.at > :since and (:warehouse is null or m.order.warehouse.code = :warehouse) "
                        + "order by m.at desc, m.id desc", RestockMatch.class)
                .setParameter("since", since).setParameter("warehouse", warehouse).setMaxResults(max).getResultStream().map(AlertView::of).toList();
    }

    /** What one receipt (or count, or transfer) filled, in the order it filled it: "PO-7 receipt RC-3". */
    public List<AlertView> fromSource(String source) {
        return em.createQuery("select m from RestockMatch m where m.source = :source order by m.id", RestockMatch.class)
                .setParameter("source", source).setMaxResults(500).getResultStream().map(AlertView::of).toList();
    }

    /** How many alerts the recipient has not read, counted up to {@code max}. */
    public long unread(String recipient, int max) {
        return em.createQuery("select m.id from RestockMatch m where m.recipient = :r and m.readAt is null", Long.class)
                .setParameter("r", recipient).setMaxResults(max).getResultList().size();
    }

    public int markAllRead(String recipient) {
        return em.createQuery("update RestockMatch m set m.readAt = :now where m.recipient = :r and m.readAt is null")
                .setParameter("now", clock.instant()).setParameter("r", recipient).executeUpdate();
    }
}
