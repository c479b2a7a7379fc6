package com.backorderdesk.webhooks;

import com.backorderdesk.notices.CustomerChose;
import com.backorderdesk.ordering.OrderPlaced;
import com.backorderdesk.ordering.OrdersChanged;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.purchasing.PurchaseOrderRaised;
import com.backorderdesk.inventory.RestockMatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What the rest of the application does, told to webhook endpoints: each observer runs in the
 * transaction of the change (so the delivery commits or rolls back with it); an event's data
 * is made only when an endpoint wants it.
 * <ul>
 *     <li>{@code order.backordered}: an order placed with something waiting (parked, backordered, in part)</li>
 *     <li>{@code order.completed}: an order became complete, at placement or later (once per order)</li>
 *     <li>{@code restock.matched}: a receipt, count or transfer filled waiting lines</li>
 *     <li>{@code purchase-order.raised}: a purchase order was opened</li>
 *     <li>{@code customer.choice}: a customer chose through the link in a notice</li>
 * </ul>
 */
@ApplicationScoped
public class WebhookEvents {

    /** At most this many matches in one restock.matched event (about 50 kB). */
    static final int MATCHES_PER_EVENT = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    Webhooks webhooks;

    /** An order as an event tells of it. */
    public record OrderEvent(String order, String customer, String warehouse, String status, List<Line> lines) {
        public record Line(String sku, int quantity, int processed, int allocated, int inTransfer, int backordered) {
        }

        static OrderEvent of(SalesOrder order) {
            return new OrderEvent(order.getNumber(), order.getCustomer().getCode(), order.getWarehouse().getCode(), order.getStatus().name(),
                    order.getLines().stream().map(l -> new Line(l.getProduct().getSku(), l.getQuantity(), l.getProcessed(), l.getAllocated(),
                            l.getInTransfer(), l.getBackordered())).toList());
        }
    }

    public record Matches(String source, List<Match> matches) {
        public record Match(String order, String sku, int quantity, String status) {
        }
    }

    void placed(@Observes OrderPlaced placed) {
        told(placed.order());
        if (placed.child() != null) {
            told(placed.child());
        }
    }

    private void told(SalesOrder order) {
        if (order.getStatus() == OrderStatus.COMPLETED) {
            completed(order);
        } else if (order.hasWaiting()) {
            webhooks.publish(WebhookEvent.ORDER_BACKORDERED, () -> OrderEvent.of(order), order.getNumber());
        }
    }

    private void completed(SalesOrder order) {
        webhooks.publish(WebhookEvent.ORDER_COMPLETED, () -> OrderEvent.of(order), order.getNumber());
    }

    void changed(@Observes OrdersChanged changed) {
        if (webhooks.wanted(WebhookEvent.ORDER_COMPLETED)) {
            changed.orderIds().stream().map(id -> em.find(SalesOrder.class, id))
                    .filter(order -> order != null && order.getStatus() == OrderStatus.COMPLETED).forEach(this::completed);
        }
    }

    void matched(@Observes RestockMatched matched) {
        if (webhooks.wanted(WebhookEvent.RESTOCK_MATCHED)) {
            List<Matches.Match> all = matched.lines().stream().map(l -> new Matches.Match(l.order(), l.sku(), l.quantity(), l.status())).toList();
            // a receipt of thousands of lines is told in parts of a sensible size, each an event of its own
            for (int from = 0; from < all.size(); from += MATCHES_PER_EVENT) {
                Matches part = new Matches(matched.source(), all.subList(from, Math.min(all.size(), from + MATCHES_PER_EVENT)));
                webhooks.publish(WebhookEvent.RESTOCK_MATCHED, () -> part, null);
            }
        }
        if (webhooks.wanted(WebhookEvent.ORDER_COMPLETED)) {
            matched.lines().stream().filter(l -> OrderStatus.COMPLETED.name().equals(l.status())).map(RestockMatched.Filled::orderId).distinct()
                    .map(id -> em.find(SalesOrder.class, id)).forEach(this::completed);
        }
    }

    void raised(@Observes PurchaseOrderRaised raised) {
        webhooks.publish(WebhookEvent.PURCHASE_ORDER_RAISED, raised::view, raised.purchaseOrder().getNumber());
    }

    void chose(@Observes CustomerChose chose) {
        webhooks.publish(WebhookEvent.CUSTOMER_CHOICE, () -> chose, chose.order());
        if (OrderStatus.COMPLETED.name().equals(chose.status())) {
            completed(byNumber(chose.order()));
        }
    }

    private SalesOrder byNumber(String number) {
        return em.createNamedQuery(SalesOrder.BY_NUMBER, SalesOrder.class).setParameter("number", number).getSingleResult();
    }
}
