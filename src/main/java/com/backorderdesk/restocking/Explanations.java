package com.backorderdesk.restocking;

import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.planning.OrderStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Why an order got stock before another, and why a line still waits: for each line, its place
 * in the queue of waiting lines for its product at the order's warehouse (the queue restock
 * matching fills, {@link #RULE}), the orders ahead of it, and where each unit it has came
 * from, with the reason.
 */
@Stateless
public class Explanations {

    /** How the queue of waiting lines is ordered (the same order as {@link WaitingLine#QUERY}). */
    public static final String RULE = "Rush orders first, then the oldest first (by when the order was placed).";

    static final String QUEUE = "select l.id, o.number, l.backordered, o.rush, o.createdAt from OrderLine l join l.order o "
            + "where l.product = :product and o.warehouse = :warehouse and l.backordered > 0 and o.status in :waiting "
            + "order by o.rush desc, o.createdAt, o.id, l.lineNo";

    public record Ahead(String order, int quantity, boolean rush, String createdAt) {
    }

    public record Line(String sku, String warehouse, int waiting, Integer queuePosition, Integer queueLength, String rule,
                       List<Ahead> ahead, List<Source> sources) {
    }

    public record Source(String document, int quantity, String at, String reason) {
    }

    public record Explanation(String order, List<Line> lines) {

        /** The lines that have a place in a queue (something of them waits for stock to arrive). */
        public List<Line> queued() {
            return lines.stream().filter(line -> line.queuePosition() != null).toList();
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Restocking restocking;

    public Explanation explain(SalesOrder order) {
        List<SourceView> sources = restocking.sourcesOf(order);
        List<Line> lines = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            String sku = line.getProduct().getSku();
            List<Source> from = sources.stream().filter(s -> s.sku().equals(sku))
                    .map(s -> new Source(s.reference(), s.quantity(), s.at(), s.reason())).toList();
            Integer position = null;
            Integer length = null;
            List<Ahead> ahead = new ArrayList<>();
            if (line.getBackordered() > 0 && order.getStatus().isWaiting()) {
                List<Object[]> queue = em.createQuery(QUEUE, Object[].class).setParameter("product", line.getProduct())
                        .setParameter("warehouse", order.getWarehouse()).setParameter("waiting", OrderStatus.WAITING).getResultList();
                length = queue.size();
                for (Object[] row : queue) {
                    if (row[0].equals(line.getId())) {
                        position = ahead.size() + 1;
                        break;
                    }
                    ahead.add(new Ahead((String) row[1], ((Number) row[2]).intValue(), (Boolean) row[3], row[4].toString()));
                }
            }
            lines.add(new Line(sku, order.getWarehouse().getCode(), line.getBackordered(), position, length, RULE, position == null ? List.of() : ahead, from));
        }
        return new Explanation(order.getNumber(), lines);
    }
}
