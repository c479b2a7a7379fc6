package com.backorderdesk.notices;

import com.backorderdesk.platform.Words;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.security.Audit;
import com.backorderdesk.shipping.Shipping;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a customer does with the link in a notice: look at the order, and choose once what
 * happens to what waits. A choice is applied in one transaction with the order's stock locked,
 * as a clerk's "cancel backorder" is; it is recorded in the order's history, is an alert for the
 * clerk who entered the order, and is confirmed by mail.
 */
@Stateless
public class CustomerChoices {

    /** Who the order's history names for a choice made from a link. */
    static final String ACTOR = "customer via link";

    @PersistenceContext
    EntityManager em;
    @Inject
    Stock stock;
    @Inject
    Shipping shipping;
    @Inject
    CustomerViews views;
    @Inject
    Notices notices;
    @Inject
    Audit audit;
    @Inject
    Event<CustomerChose> chose;
    @Inject
    Clock clock;

    /**
     * The link's page: the order as the customer sees it, the choice made (or null), whether it
     * was made by this very request, and the choices still open.
     */
    public record LinkPage(CustomerView order, Choice made, String madeAt, boolean justMade, List<Choice> open, String expires) {
    }

    /** The order behind a link, or a refusal: 404 for a link that never was, 409 for one that expired. */
    public LinkPage open(String token) {
        CustomerLink link = link(token);
        Optional<CustomerChoice> made = choiceOf(link.getOrder());
        CustomerView view = views.of(link.getOrder());
        if (made.isEmpty() && !view.waiting()) {
            throw Problem.conflict("link", "Nothing waits on order " + link.getOrder().getNumber() + " any more, so this link has expired.");
        }
        return page(link, view, made, false);
    }

    private LinkPage page(CustomerLink link, CustomerView view, Optional<CustomerChoice> made, boolean justMade) {
        List<Choice> open = made.isPresent() ? List.of() : Arrays.stream(Choice.values()).filter(c -> c.allowedFor(view)).toList();
        return new LinkPage(view, made.map(CustomerChoice::getChoice).orElse(null), made.map(c -> minutes(c.getAt())).orElse(null), justMade,
                open, LocalDate.ofInstant(link.getExpiresAt(), clock.getZone()).toString());
    }

    /**
     * Applies the customer's choice once: a second one (a double click, a replay, a second
     * link of the same order) answers with the choice already made and changes nothing.
     */
    public LinkPage choose(String token, Choice choice, String address) {
        // the order's stock levels first, then the order as it is after the lock (as for "cancel backorder")
        String number = link(token).getOrder().getNumber();
        stock.lockEverywhere(em.createNamedQuery(SalesOrder.SKUS_OF, String.class).setParameter("number", number).getResultList());
        em.clear();
        CustomerLink link = link(token);
        SalesOrder order = link.getOrder();
        if (choiceOf(order).isPresent()) {
            return open(token);
        }
        CustomerView view = views.of(order);
        if (!choice.allowedFor(view)) {
            throw Problem.conflict("choice", view.waiting()
                    ? "That choice is no longer possible for order " + number + ": nothing waiting can be cancelled any more."
                    : "Nothing waits on order " + number + " any more, so there is nothing to choose.");
        }
        switch (choice) {
            case WAIT -> {
            }
            case SHIP_AVAILABLE_CANCEL_REST -> {
                shipping.shipHeldNow(order);
                shipping.cancelWaiting(order);
            }
            case CANCEL_UNSHIPPED -> {
                shipping.cancelWaiting(order);
                shipping.cancelOpenShipments(order);
            }
        }
        CustomerChoice made = new CustomerChoice(order, choice, clock.instant(), address);
        em.persist(made);
        em.flush(); // a second choice made at the same moment fails here, and is answered as a repeat when run again
        audit.recordBy(ACTOR, "order.customer-choice", number, Words.of(choice) + ", now " + Words.of(order.getStatus()));
        chose.fire(new CustomerChose(number, choice.name(), order.getStatus().name(), made.getAt().toString()));
        CustomerView now = views.of(order);
        notices.tell(order, CustomerNotice.Kind.CHOICE, now, null, choice);
        return page(link, now, Optional.of(made), true);
    }

    private String minutes(Instant at) {
        return at.atZone(clock.getZone()).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ');
    }

    private CustomerLink link(String token) {
        CustomerLink link = token == null || token.length() > 100 ? null
                : Entities.single(em.createNamedQuery(CustomerLink.BY_HASH, CustomerLink.class).setParameter("hash", CustomerLink.hash(token)))
                .orElse(null);
        if (link == null) {
            throw Problem.notFound("link", "This link is not valid. Use the link in the latest mail about your order.");
        }
        if (link.expiredAt(clock.instant())) {
            throw Problem.conflict("link", "This link has expired. Please contact us about order " + link.getOrder().getNumber() + ".");
        }
        return link;
    }

    public Optional<CustomerChoice> choiceOf(SalesOrder order) {
        return Entities.single(em.createNamedQuery(CustomerChoice.OF_ORDER, CustomerChoice.class).setParameter("order", order));
    }

    /** The choices customers made, newest first: all, or those of one clerk's orders. */
    public Page<CustomerChoice> list(String recipient, PageRequest page) {
        return Page.of(em.createNamedQuery(CustomerChoice.LIST, CustomerChoice.class).setParameter("recipient", recipient),
                em.createNamedQuery(CustomerChoice.COUNT, Long.class).setParameter("recipient", recipient), page);
    }

    /** How many choices on the recipient's orders are unread, counted up to {@code max}. */
    public long unread(String recipient, int max) {
        return em.createNamedQuery(CustomerChoice.UNREAD, Long.class).setParameter("recipient", recipient).setMaxResults(max)
                .getResultList().size();
    }

    public int markAllRead(String recipient) {
        return em.createNamedQuery(CustomerChoice.MARK_READ).setParameter("now", clock.instant()).setParameter("recipient", recipient)
                .executeUpdate();
    }
}
