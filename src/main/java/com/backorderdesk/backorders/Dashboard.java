package com.backorderdesk.backorders;

import com.backorderdesk.catalog.Customers;
import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Where;
import com.backorderdesk.purchasing.PurchaseOrder;
import com.backorderdesk.purchasing.PurchaseOrderStatus;
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

    /** The ageing chart's bars: ages in days, from and to. */
    private static final int[][] AGES = {{0, 2}, {3, 7}, {8, 14}, {15, 30}, {31, 100_000}};
    private static final String[] AGE_LABELS = {"0–2", "3–7", "8–14", "15–30", "> 30"};

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
        Instant now = clock.instant();
        List<Bucket> ageing = ageing(filters(wh, cu), now);
        var oldest = backorders.waiting(cu, wh, null, new PageRequest(0, 10));
        return new Summary(figures(wh, cu), ageing, oldest.items(), oldest.total(),
                alerts.list(null, null, new PageRequest(0, 10)).items(), overdue(now, wh));
    }

    /** The waiting orders' bars by age in days, counted in one pass. */
    private List<Bucket> ageing(Where where, Instant now) {
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < AGES.length; i++) {
            sums.append(i == 0 ? "" : ", ").append("sum(case when o.createdAt <= :youngest").append(i)
                    .append(" and o.createdAt > :oldest").append(i).append(" then 1 else 0 end)");
        }
        var query = where.bind(em.createQuery("select " + sums + " from SalesOrder o" + where.clause(), Object[].class));
        for (int i = 0; i < AGES.length; i++) {
            query.setParameter("youngest" + i, now.minus(Duration.ofDays(AGES[i][0]))).setParameter("oldest" + i, now.minus(Duration.ofDays(AGES[i][1] + 1L)));
        }
        Object[] counts = query.getSingleResult();
        long max = Math.max(1, java.util.Arrays.stream(counts).mapToLong(Dashboard::number).max().orElse(1));
        List<Bucket> ageing = new ArrayList<>();
        for (int i = 0; i < AGES.length; i++) {
            long orders = number(counts[i]);
            ageing.add(new Bucket(AGE_LABELS[i], orders, (int) Math.round(100.0 * orders / max)));
        }
        return ageing;
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The waiting orders {@code o}, of a warehouse and a customer (code or part of a name) when given. */
    private Where filters(String warehouse, String customer) {
        Where where = new Where().and("o.status in :waiting", "waiting", OrderStatus.WAITING).and("o.warehouse.code = :warehouse", "warehouse", warehouse);
        return customers.filter(customer).in(where, "o.customer", "customer", "code");
    }

    /** Count and value owed of the waiting orders by status (partially completed, backordered, parked), optionally filtered. */
    public List<Figure> figures(String warehouse, String customer) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String status : List.of("PARTIALLY_COMPLETED", "BACKORDERED", "PARKED")) {
            figures.put(status, new Figure(status, 0, BigDecimal.ZERO.setScale(2)));
        }
        Where where = filters(Filters.optional(warehouse), Filters.optional(customer));
        for (Object[] row : where.bind(em.createQuery("select o.status, count(distinct o), sum((l.quantity - l.processed) * l.product.unitPrice) "
                + "from OrderLine l join l.order o" + where.clause() + " group by o.status", Object[].class)).getResultList()) {
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
        Where where = new Where().and("p.status = :open", "open", PurchaseOrderStatus.OPEN)
                .and("p.warehouse.code = :warehouse", "warehouse", Filters.optional(warehouse));
        for (PurchaseOrder po : where.bind(em.createQuery("select p from PurchaseOrder p join fetch p.supplier left join fetch p.warehouse"
                + where.clause() + " order by p.createdAt", PurchaseOrder.class))
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
