package com.backorderdesk.fulfillment;

import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.inventory.StockArrived;
import com.backorderdesk.inventory.StockLevel;
import com.backorderdesk.ordering.LineHold;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.security.Audit;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restock matching: stock that arrives at a warehouse goes at once, in the same transaction,
 * to the lines waiting for that product there, rush orders first, then oldest first. Parked
 * orders hold what they get and are released when complete; the others ship it on a new
 * pick-pack-ship record. Every match is recorded and raises an alert.
 */
@Stateless
public class Restocking {

    static final String WAITING_LINES = "select l from OrderLine l join fetch l.order o where l.product.sku = :sku "
            + "and o.warehouse.code = :warehouse and l.backordered > 0 and o.status in (com.backorderdesk.ordering.OrderStatus.PARKED, "
            + "com.backorderdesk.ordering.OrderStatus.BACKORDERED, com.backorderdesk.ordering.OrderStatus.PARTIALLY_COMPLETED) "
            + "order by o.rush desc, o.createdAt, o.id, l.lineNo";

    @PersistenceContext
    EntityManager em;
    @Inject
    Stock stock;
    @Inject
    Fulfillment fulfillment;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    Event<RestockMatched> matched;

    /** Stock arrived (receipt, count): match it unless the warehouse has automatic matching switched off. */
    public void arrived(@Observes StockArrived event) {
        StockLevel level = stock.lock(event.warehouse(), event.sku());
        if (level.getWarehouse().isAutoMatch()) {
            match(level, event.source(), event.kind());
        }
    }

    /** Matches what is available of a product at a warehouse now (the "match now" button). */
    public List<RestockMatch> matchNow(String warehouse, String sku) {
        return match(stock.lock(warehouse, sku), "Matched by hand", AllocationSource.Kind.ADJUSTMENT);
    }

    /** "Match now" for one waiting order: each product it waits for is matched, oldest orders first as always. */
    public int matchFor(String number) {
        SalesOrder order = com.backorderdesk.platform.Entities.single(em.createNamedQuery(SalesOrder.BY_NUMBER, SalesOrder.class)
                .setParameter("number", number)).orElseThrow(() -> com.backorderdesk.platform.Problem.notFound("order", "Unknown order '" + number + "'."));
        int matched = 0;
        for (OrderLine line : order.getLines()) {
            if (line.getBackordered() > 0) {
                matched += matchNow(order.getWarehouse().getCode(), line.getProduct().getSku()).size();
            }
        }
        return matched;
    }

    /** Which waiting orders a receipt of {@code quantity} would fill, without changing anything. */
    public List<Map.Entry<String, Integer>> previewReceipt(String warehouse, String sku, int quantity) {
        int available = stock.levelsOf(sku).stream().filter(l -> l.warehouse().equals(warehouse)).mapToInt(l -> l.available()).sum() + quantity;
        List<Map.Entry<String, Integer>> fills = new ArrayList<>();
        for (OrderLine line : em.createQuery(WAITING_LINES, OrderLine.class).setParameter("sku", sku).setParameter("warehouse", warehouse)
                .setMaxResults(Math.max(1, available)).getResultList()) {
            if (available <= 0) {
                break;
            }
            int take = Math.min(available, line.getBackordered());
            available -= take;
            fills.add(Map.entry(line.getOrder().getNumber(), take));
        }
        return fills;
    }

    List<RestockMatch> match(StockLevel level, String source, AllocationSource.Kind kind) {
        int available = level.available();
        if (available <= 0) {
            return List.of();
        }
        Warehouse warehouse = level.getWarehouse();
        Instant now = clock.instant();
        List<OrderLine> waiting = em.createQuery(WAITING_LINES, OrderLine.class)
                .setParameter("sku", level.getProduct().getSku()).setParameter("warehouse", warehouse.getCode())
                .setMaxResults(available).getResultList();
        List<RestockMatch> matches = new ArrayList<>();
        Map<SalesOrder, Shipment> shipments = new LinkedHashMap<>();
        for (OrderLine line : waiting) {
            if (available == 0) {
                break;
            }
            int take = Math.min(available, line.getBackordered());
            available -= take;
            level.allocate(take);
            SalesOrder order = line.getOrder();
            if (order.holdsArrivals()) {
                line.hold(take);
                em.persist(new LineHold(line, warehouse, take));
            } else {
                line.process(take);
                shipments.computeIfAbsent(order, o -> fulfillment.newShipment(o, warehouse)).add(line, take);
            }
            em.persist(new AllocationSource(line, warehouse, take, kind, source, now));
            RestockMatch match = new RestockMatch(line, warehouse, take, source, now);
            em.persist(match);
            matches.add(match);
            order.settle();
            fulfillment.releaseIfComplete(order);
        }
        shipments.values().forEach(em::persist);
        if (!matches.isEmpty()) {
            audit.record("restock.matched", level.getProduct().getSku() + " @ " + warehouse.getCode(),
                    matches.stream().mapToInt(RestockMatch::getQuantity).sum() + " units to " + matches.size() + " lines from " + source);
            matched.fire(new RestockMatched(source, matches));
        }
        return matches;
    }
}
