package com.backorderdesk.fulfillment;

import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is still owed to customers: waiting orders (PARKED, BACKORDERED, PARTIALLY_COMPLETED)
 * oldest first, with their waiting lines, expected arrival and whether stock to fill them is
 * on the shelf right now ("fillable now": stock arrived while matching was off, say).
 */
@Stateless
public class Backorders {

    static final String WAITING = " from SalesOrder o where o.status in (com.backorderdesk.ordering.OrderStatus.PARKED, "
            + "com.backorderdesk.ordering.OrderStatus.BACKORDERED, com.backorderdesk.ordering.OrderStatus.PARTIALLY_COMPLETED) "
            + "and (:customer is null or o.customer.code = :customer) and (:warehouse is null or o.warehouse.code = :warehouse) "
            + "and (:sku is null or exists (select l from OrderLine l where l.order = o and l.product.sku = :sku))";
    /** Of some orders, those with a waiting line whose stock is on the shelf now. */
    static final String FILLABLE = "select distinct l.order.id from OrderLine l, StockLevel s where l.order in :orders and l.backordered > 0 "
            + "and s.product = l.product and s.warehouse = l.order.warehouse and s.onHand - s.allocated > 0";
    static final String EXPECTED_PO = "select min(p.createdAt), min(p.supplier.leadTimeDays) from PurchaseOrderLine pl join pl.purchaseOrder p "
            + "where pl.product = :product and p.warehouse = :warehouse and p.type = com.backorderdesk.purchasing.PurchaseOrderType.STOCK "
            + "and p.status = com.backorderdesk.purchasing.PurchaseOrderStatus.OPEN and pl.received < pl.quantity";
    /** The open transfers of a line, oldest first: when each left and between which warehouses (its lane gives the days). */
    static final String EXPECTED_TRANSFER = "select t.createdAt, t.from.code, t.to.code from Transfer t where t.orderLine = :line "
            + "and t.status <> com.backorderdesk.fulfillment.TransferStatus.RECEIVED order by t.createdAt";

    @PersistenceContext
    EntityManager em;
    @Inject
    AdvisorSettings advisorSettings;
    @Inject
    Clock clock;

    /**
     * One page of the waiting orders, oldest first. The page is read in a few statements
     * whatever its size (up to 1,000 for the API and the CSV export): which orders are
     * fillable in one, the expected arrival once per product and warehouse; and only reads, so
     * those statements do not first check a thousand loaded orders for changes to flush.
     */
    public Page<BackorderView> waiting(String customer, String warehouse, String sku, PageRequest page) {
        TypedQuery<SalesOrder> items = em.createQuery("select o" + WAITING + " order by o.createdAt, o.id", SalesOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + WAITING, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("customer", Filters.optional(customer)).setParameter("warehouse", Filters.optional(warehouse)).setParameter("sku", Filters.optional(sku));
        }
        Page<SalesOrder> orders = Page.of(items, count, page);
        Set<Long> fillable = orders.items().isEmpty() ? Set.of()
                : Set.copyOf(em.createQuery(FILLABLE, Long.class).setParameter("orders", orders.items()).setFlushMode(FlushModeType.COMMIT)
                .getResultList());
        Advisor.Costs costs = advisorSettings.costs(); // the transfer days, read once for the page
        Map<List<Long>, String> expectedPo = new HashMap<>();
        return orders.map(order -> view(order, fillable.contains(order.getId()), costs, expectedPo));
    }

    private BackorderView view(SalesOrder order, boolean fillable, Advisor.Costs costs, Map<List<Long>, String> expectedPo) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<BackorderView.Waiting> waiting = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
            int owed = line.getQuantity() - line.getProcessed();
            value = value.add(line.getProduct().getUnitPrice().multiply(BigDecimal.valueOf(owed)));
            if (line.getBackordered() > 0) {
                String expected = expectedPo.computeIfAbsent(List.of(line.getProduct().getId(), order.getWarehouse().getId()),
                        key -> expectedFromPurchaseOrders(line, order, zone));
                waiting.add(new BackorderView.Waiting(line.getProduct().getSku(), line.getBackordered(), expected));
            }
            if (line.getInTransfer() > 0) {
                String expected = em.createQuery(EXPECTED_TRANSFER, Object[].class).setParameter("line", line).setMaxResults(1)
                        .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst().map(t -> LocalDate.ofInstant((Instant) t[0], zone)
                                .plusDays(costs.transferDays((String) t[1], (String) t[2])).toString()).orElse(null);
                waiting.add(new BackorderView.Waiting(line.getProduct().getSku(), line.getInTransfer(), expected));
            }
        }
        long age = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(order.getCreatedAt(), zone), today));
        return new BackorderView(order.getNumber(), order.getCustomer().getCode(), order.getCustomer().getName(),
                order.getWarehouse().getCode(), order.getStatus().name(), order.isRush(), order.getCreatedAt().toString(), age,
                waiting, fillable, value);
    }

    /** The oldest open stock purchase order still bringing the line's product to the order's warehouse, plus its supplier's lead time. */
    private String expectedFromPurchaseOrders(OrderLine line, SalesOrder order, ZoneId zone) {
        Object[] po = em.createQuery(EXPECTED_PO, Object[].class).setParameter("product", line.getProduct())
                .setParameter("warehouse", order.getWarehouse()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return po[0] == null ? null : LocalDate.ofInstant((Instant) po[0], zone).plusDays(((Number) po[1]).longValue()).toString();
    }
}
