package com.backorderdesk.backorders;

import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.TextFilter;
import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.purchasing.PurchaseOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's overview: counts and value of waiting orders by status, their ages, the
 * oldest ones, recent restock matches and overdue purchase orders. Every figure is an
 * aggregate or a page computed in the database.
 */
@Stateless
public class Dashboard {

    static final String FILTER = " and (:warehouse is null or o.warehouse.code = :warehouse) and " + TextFilter.condition("o.customer", "customer", "code");
    static final String WAITING_STATUSES = " o.status in :waiting";

    /** Status -> (orders, value owed). */
    public record Figure(String status, long orders, BigDecimal value) {
    }

    /** One bar of the ageing chart: its orders, and its height in percent of the tallest bar (the template draws it). */
    public record Bucket(String label, long orders, int percent) {
    }

    public record OverduePurchaseOrder(String number, String supplier, String warehouse, String due, long daysLate) {
    }

    public record Summary(List<Figure> figures, List<Bucket> ageing, List<BackorderView> oldest, long waitingTotal,
                       List<Alerts.AlertView> recentMatches, List<OverduePurchaseOrder> overdue) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Backorders backorders;
    @Inject
    Customers customers;
    @Inject
    Alerts alerts;
    @Inject
    Clock clock;

    public Summary view(String warehouse, String customer) {
        String wh = Filters.optional(warehouse);
        String cu = Filters.optional(customer);
        List<Figure> figures = figures(wh, cu);
        Instant now = clock.instant();
        int[][] ranges = {{0, 2}, {3, 7}, {8, 14}, {15, 30}, {31, 100_000}};
        String[] labels = {"0–2", "3–7", "8–14", "15–30", "> 30"};
        long[] counts = new long[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            counts[i] = customers.filter(cu).bind(em.createQuery("select count(o) from SalesOrder o where" + WAITING_STATUSES + FILTER
                            + " and o.createdAt <= :youngest and o.createdAt > :oldest", Long.class), "customer")
                    .setParameter("warehouse", wh).setParameter("waiting", OrderStatus.WAITING)
                    .setParameter("youngest", now.minus(Duration.ofDays(ranges[i][0])))
                    .setParameter("oldest", now.minus(Duration.ofDays(ranges[i][1] + 1L))).getSingleResult();
        }
        long max = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
        List<Bucket> ageing = new ArrayList<>();
        for (int i = 0; i < ranges.length; i++) {
            ageing.add(new Bucket(labels[i], counts[i], (int) Math.round(100.0 * counts[i] / max)));
        }
        var oldest = backorders.waiting(cu, wh, null, new PageRequest(0, 10));
        return new Summary(figures, ageing, oldest.items(), oldest.total(),
                alerts.list(null, null, new PageRequest(0, 10)).items(), overdue(now, wh));
    }

    /** Count and value owed of the waiting orders by status (partially completed, backordered, parked), optionally filtered. */
    public List<Figure> figures(String warehouse, String customer) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String status : List.of("PARTIALLY_COMPLETED", "BACKORDERED", "PARKED")) {
            figures.put(status, new Figure(status, 0, BigDecimal.ZERO.setScale(2)));
        }
        for (Object[] row : customers.filter(customer).bind(em.createQuery("select o.status, count(distinct o), sum((l.quantity - l.processed) * l.product.unitPrice) "
                        + "from OrderLine l join l.order o where" + WAITING_STATUSES + FILTER + " group by o.status", Object[].class), "customer")
                .setParameter("warehouse", Filters.optional(warehouse))
                .setParameter("waiting", OrderStatus.WAITING).getResultList()) {
            String status = row[0].toString();
            figures.put(status, new Figure(status, ((Number) row[1]).longValue(),
                    row[2] == null ? BigDecimal.ZERO : new BigDecimal(row[2].toString()).setScale(2, RoundingMode.HALF_UP)));
        }
        return List.copyOf(figures.values());
    }

    /** Open purchase orders past their supplier's lead time, of one warehouse or (null) all. */
    public List<OverduePurchaseOrder> overdue(Instant now, String warehouse) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<OverduePurchaseOrder> late = new ArrayList<>();
        for (PurchaseOrder po : em.createQuery("select p from PurchaseOrder p join fetch p.supplier left join fetch p.warehouse "
                + "where p.status = com.backorderdesk.purchasing.PurchaseOrderStatus.OPEN and (:warehouse is null or p.warehouse.code = :warehouse) "
                + "order by p.createdAt", PurchaseOrder.class).setParameter("warehouse", Filters.optional(warehouse))
                .setMaxResults(1000).getResultList()) {
            LocalDate due = LocalDate.ofInstant(po.getCreatedAt(), clock.getZone()).plusDays(po.getSupplier().getLeadTimeDays());
            if (due.isBefore(today)) {
                late.add(new OverduePurchaseOrder(po.getNumber(), po.getSupplier().getName(),
                        po.getWarehouse() == null ? null : po.getWarehouse().getCode(), due.toString(),
                        java.time.temporal.ChronoUnit.DAYS.between(due, today)));
            }
        }
        return late;
    }
}
