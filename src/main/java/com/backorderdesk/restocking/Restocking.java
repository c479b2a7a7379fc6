package com.backorderdesk.restocking;

import com.backorderdesk.platform.Words;
import com.backorderdesk.inventory.RestockMatched;
import java.util.stream.Stream;
import java.util.Comparator;
import com.backorderdesk.shipping.AllocationSource;
import com.backorderdesk.inventory.StockSource;
import com.backorderdesk.shipping.Shipping;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.inventory.StockArrived;
import com.backorderdesk.inventory.StockLevel;
import com.backorderdesk.ordering.LineHold;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.restocking.WaitingLine.Take;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Problem;
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

    @PersistenceContext
    EntityManager em;
    @Inject
    Stock stock;
    @Inject
    Shipping shipping;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    MatchRecords records;
    @Inject
    Event<RestockMatched> matched;

    /** Stock arrived (receipt, count): match it unless the warehouse has automatic matching switched off. */
    public void arrived(@Observes StockArrived event) {
        StockLevel level = stock.lock(event.warehouse(), event.sku());
        if (level.getWarehouse().isAutoMatch()) {
            match(level, event.source(), event.kind());
        }
    }

    /** Matches what is available of a product at a warehouse now (the "match now" button); answers how many lines it filled. */
    public int matchNow(String warehouse, String sku) {
        return match(stock.lock(warehouse, sku), "Matched by hand", StockSource.ADJUSTMENT).size();
    }

    /** "Match now" for one waiting order: each product it waits for is matched, oldest orders first as always. */
    public int matchFor(String number) {
        // values, not the entities: matching writes the lines with SQL
        String warehouse = Entities.single(em.createQuery("select o.warehouse.code from SalesOrder o where o.number = :number", String.class)
                .setParameter("number", number)).orElseThrow(() -> Problem.notFound("order", "Unknown order '" + number + "'."));
        List<String> skus = em.createQuery("select l.product.sku from OrderLine l where l.order.number = :number and l.backordered > 0 "
                + "order by l.lineNo", String.class).setParameter("number", number).getResultList();
        stock.lockAll(warehouse, skus);
        return skus.stream().mapToInt(sku -> matchNow(warehouse, sku)).sum();
    }

    /** Which waiting orders a receipt of {@code quantity} would fill, without changing anything. */
    public List<Map.Entry<String, Integer>> previewReceipt(String warehouse, String sku, int quantity) {
        StockLevel level = stock.level(warehouse, sku);
        int available = level.available() + quantity;
        return WaitingLine.fill(waiting(level, available), available).stream()
                .map(take -> Map.entry(take.line().order(), take.quantity())).toList();
    }

    /**
     * Gives what is available at a locked level to the waiting lines, first come first served:
     * a ship-complete order holds it (and is released once complete), any other order ships it
     * on a new pick-pack-ship record. Thousands of lines are written set-based ({@link MatchRecords}).
     */
    List<RestockMatched.Filled> match(StockLevel level, String source, StockSource kind) {
        int available = level.available();
        List<Take> takes = available <= 0 ? List.of() : WaitingLine.fill(waiting(level, available), available);
        if (takes.isEmpty()) {
            return List.of();
        }
        Warehouse warehouse = level.getWarehouse();
        Instant now = clock.instant();
        level.allocate(takes.stream().mapToInt(Take::quantity).sum());
        List<RestockMatched.Filled> filled = new ArrayList<>();
        List<Take> shipping = new ArrayList<>();
        for (Take take : takes) {
            String status;
            if (take.line().holds()) {
                status = hold(take, warehouse).name();
            } else {
                shipping.add(take);
                status = take.statusAfterShipping().name();
            }
            WaitingLine line = take.line();
            filled.add(new RestockMatched.Filled(line.orderId(), line.order(), line.customer(), status, level.getProduct().getSku(), take.quantity(),
                    line.recipient()));
        }
        records.ship(shipping, warehouse, now);
        records.record(takes, kind, source, now);
        audit.record("restock.matched", level.getProduct().getSku() + " @ " + warehouse.getCode(),
                Words.count(takes.stream().mapToInt(Take::quantity).sum(), "unit") + " to " + Words.count(takes.size(), "line") + " from " + source);
        matched.fire(new RestockMatched(source, filled));
        return filled;
    }

    /** A ship-complete order holds what it gets; complete, it is released onto pick-pack-ship records. */
    private OrderStatus hold(Take take, Warehouse warehouse) {
        OrderLine line = em.find(OrderLine.class, take.line().lineId());
        line.hold(take.quantity());
        em.persist(new LineHold(line, warehouse, take.quantity()));
        SalesOrder order = line.getOrder();
        order.updateStatus();
        shipping.releaseIfComplete(order);
        return order.getStatus();
    }

    private List<WaitingLine> waiting(StockLevel level, int max) {
        return em.createQuery(WaitingLine.QUERY, Object[].class).setParameter("product", level.getProduct().getId())
                .setParameter("warehouse", level.getWarehouse().getId()).setParameter("waiting", OrderStatus.WAITING)
                .setMaxResults(Math.max(1, max))
                .getResultStream().map(WaitingLine::of).toList();
    }

    /**
     * Where the units of an order's lines came from, in the order they came: allocations when
     * the order was placed or shipped (stock, transfer, drop-ship) and restock matches.
     */
    public List<SourceView> sourcesOf(SalesOrder order) {
        record Dated(Instant at, long id, SourceView view) {
        }
        Stream<Dated> allocated = em.createNamedQuery(AllocationSource.OF_ORDER, AllocationSource.class).setParameter("order", order)
                .getResultStream().map(a -> new Dated(a.getAt(), a.getId(), SourceView.of(a)));
        Stream<Dated> matched = em.createNamedQuery(RestockMatch.OF_ORDER, RestockMatch.class).setParameter("order", order)
                .getResultStream().map(m -> new Dated(m.getAt(), m.getId(), SourceView.of(m)));
        return Stream.concat(allocated, matched).sorted(Comparator.comparing(Dated::at).thenComparing(Dated::id))
                .map(Dated::view).toList();
    }
}
