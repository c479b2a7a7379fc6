package com.backorderdesk.notices;

import com.backorderdesk.mail.Outbox;
import com.backorderdesk.ordering.OrderPlaced;
import com.backorderdesk.ordering.OrdersChanged;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Config;
import com.backorderdesk.inventory.RestockMatched;
import com.backorderdesk.web.Templates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.backorderdesk.platform.BulkWrites;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps customers informed about their waiting orders. An order that waits when placed gets a
 * watch in the placing transaction; the changes that matter to a customer (restock matches,
 * transfers arriving, cancellations, choices) mark its watch in their own transaction. Each
 * watch is then looked at in a transaction of its own, soon after the commit and once a day in
 * any case (expected dates move with time): the first look sends the backorder notice, later
 * ones an update when {@link Changes} finds something, at most one mail per order a day.
 */
@Stateless
public class Notices {

    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext
    EntityManager em;
    @Inject
    BulkWrites bulk;
    @Inject
    CustomerViews views;
    @Inject
    Outbox outbox;
    @Inject
    Templates templates;
    @Inject
    Config settings;
    @Inject
    Clock clock;
    @Inject
    Event<NoticesDue> due;

    public void placed(@Observes OrderPlaced placed) {
        watch(placed.order());
        if (placed.child() != null) {
            watch(placed.child());
        }
    }

    /** An order that waits, or whose supplier ships part of it straight to the customer, is watched. */
    private void watch(SalesOrder order) {
        boolean dropShipped = order.getLines().stream().anyMatch(l -> l.getDropShipped() > 0);
        if ((order.hasWaiting() || dropShipped) && order.notifiesCustomer() && !order.getCustomer().getEmail().isBlank()) {
            em.persist(new NoticeWatch(order));
            due.fire(new NoticesDue());
        }
    }

    public void changed(@Observes OrdersChanged changed) {
        mark(changed.orderIds().stream().mapToLong(Long::longValue).distinct().toArray());
    }

    public void matched(@Observes RestockMatched matched) {
        mark(matched.lines().stream().mapToLong(RestockMatched.Filled::orderId).distinct().toArray());
    }

    /** The watches of these orders have something new to look at: one statement however many orders (a receipt fills thousands). */
    private void mark(long[] orders) {
        bulk.columns("merge into notice_watch w using (select * from unnest(?)) as u(order_id) on w.order_id = u.order_id and w.done = false "
                + "when matched then update set changed = true, version = w.version + 1", (Object) orders);
        due.fire(new NoticesDue());
    }

    /** The watches to look at now: changed ones, and those not yet looked at today. */
    public List<Long> due() {
        return em.createNamedQuery(NoticeWatch.DUE, Long.class).setParameter("today", LocalDate.now(clock)).setMaxResults(500).getResultList();
    }

    /**
     * Looks at one watch, locked (two servers never tell a customer the same thing twice):
     * tells the customer what waits the first time, and later what changed, if it matters and
     * no mail about this order went out today.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void check(long watchId) {
        NoticeWatch watch = em.find(NoticeWatch.class, watchId, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock);
        if (watch == null || !watch.isDue(today)) {
            return;
        }
        SalesOrder order = watch.getOrder();
        CustomerView now = views.of(order);
        if (watch.getTold() == null) {
            if (now.waiting() || now.dispatches().stream().anyMatch(d -> d.from() == null)) { // waits, or comes from the supplier
                tell(order, CustomerNotice.Kind.BACKORDER, now, null, null);
            } else {
                watch.told(json(now), null, today, true); // filled before anyone told the customer it waits
            }
            return;
        }
        Changes changes = Changes.between(parse(watch.getTold()), now, settings.number("BACKORDER_NOTICE_DATE_SLACK_DAYS", 2));
        if (changes.any() && !LocalDate.ofInstant(watch.getToldAt(), clock.getZone()).equals(today)) {
            tell(order, CustomerNotice.Kind.UPDATE, now, changes, null);
        } else {
            watch.checked(today); // nothing worth a mail, or one went out today: the day's changes go together tomorrow
        }
    }

    /**
     * Mails the customer the order as it is now (with what changed, or the choice they made),
     * through the outbox in the caller's transaction, with a new link while something waits;
     * records the mail and what it told.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void tell(SalesOrder order, CustomerNotice.Kind kind, CustomerView view, Changes changes, Choice choice) {
        Instant now = clock.instant();
        String link = null;
        Instant expires = null;
        if (view.waiting()) {
            StringBuilder token = new StringBuilder();
            expires = now.plus(Duration.ofDays(settings.number("BACKORDER_CUSTOMER_LINK_DAYS", 30)));
            em.persist(CustomerLink.issue(order, now, expires, token));
            link = settings.get("BACKORDER_BASE_URL", "http://localhost:8080") + "/c/" + token;
        }
        String subject = subject(kind, view, changes);
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.name());
        model.put("view", view);
        model.put("changes", changes);
        model.put("choice", choice == null ? null : choice.name());
        model.put("link", link);
        model.put("expires", expires == null ? null : LocalDate.ofInstant(expires, clock.getZone()).toString());
        String recipient = order.getCustomer().getEmail();
        outbox.queue("CUSTOMER", recipient, subject, templates.render("mail/customer-notice.txt", model, Locale.ENGLISH),
                templates.render("mail/customer-notice", model, Locale.ENGLISH), null);
        em.persist(new CustomerNotice(order, kind, subject, now, recipient));
        List<NoticeWatch> watches = em.createNamedQuery(NoticeWatch.OF_ORDER, NoticeWatch.class).setParameter("order", order).getResultList();
        NoticeWatch watch = watches.isEmpty() ? null : watches.get(0);
        if (watch == null) {
            watch = new NoticeWatch(order);
            em.persist(watch);
        }
        watch.told(json(view), now, LocalDate.ofInstant(now, clock.getZone()), !view.waiting());
    }

    static String subject(CustomerNotice.Kind kind, CustomerView view, Changes changes) {
        String order = "Your order " + view.order();
        if (kind == CustomerNotice.Kind.CHOICE) {
            return order + ": we have your choice";
        }
        if (kind == CustomerNotice.Kind.BACKORDER) {
            return order + (view.totalShipping() > 0 ? ": part ships now, the rest follows" : ": waiting for stock");
        }
        if (changes.finished()) {
            return order + (view.lines().stream().allMatch(l -> l.cancelled() == 0) ? " is complete" : ": nothing waits any more");
        }
        return order + (changes.ships().isEmpty() ? ": new expected dates" : ": more of it ships");
    }

    private static String json(CustomerView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CustomerView parse(String told) {
        try {
            return JSON.readValue(told, CustomerView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("what the customer was told cannot be read: " + e.getMessage(), e);
        }
    }

    /** The mails that went to the customer about an order, oldest first. */
    public List<CustomerNotice> of(SalesOrder order) {
        return new ArrayList<>(em.createNamedQuery(CustomerNotice.OF_ORDER, CustomerNotice.class).setParameter("order", order).getResultList());
    }
}
