package com.backorderdesk.fulfillment;

import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
    static final String FILLABLE = "select count(l) from OrderLine l, StockLevel s where l.order = :order and l.backordered > 0 "
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

    public Page<BackorderView> waiting(String customer, String warehouse, String sku, PageRequest page) {
        TypedQuery<SalesOrder> items = em.createQuery("select o" + WAITING + " order by o.createdAt, o.id", SalesOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + WAITING, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("customer", Filters.optional(customer)).setParameter("warehouse", Filters.optional(warehouse)).setParameter("sku", Filters.optional(sku));
        }
        Advisor.Costs costs = advisorSettings.costs(); // the transfer days, read once for the page
        return Page.of(items, count, page).map(order -> view(order, costs));
    }

    BackorderView view(SalesOrder order, Advisor.Costs costs) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<BackorderView.Waiting> waiting = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
            int owed = line.getQuantity() - line.getProcessed();
            value = value.add(line.getProduct().getUnitPrice().multiply(BigDecimal.valueOf(owed)));
            if (line.getBackordered() > 0) {
                Object[] po = em.createQuery(EXPECTED_PO, Object[].class).setParameter("product", line.getProduct())
                        .setParameter("warehouse", order.getWarehouse()).getSingleResult();
                String expected = po[0] == null ? null
                        : LocalDate.ofInstant((java.time.Instant) po[0], zone).plusDays(((Number) po[1]).longValue()).toString();
                waiting.add(new BackorderView.Waiting(line.getProduct().getSku(), line.getBackordered(), expected));
            }
            if (line.getInTransfer() > 0) {
                String expected = em.createQuery(EXPECTED_TRANSFER, Object[].class).setParameter("line", line).setMaxResults(1)
                        .getResultStream().findFirst().map(t -> LocalDate.ofInstant((Instant) t[0], zone)
                                .plusDays(costs.transferDays((String) t[1], (String) t[2])).toString()).orElse(null);
                waiting.add(new BackorderView.Waiting(line.getProduct().getSku(), line.getInTransfer(), expected));
            }
        }
        boolean fillable = em.createQuery(FILLABLE, Long.class).setParameter("order", order).getSingleResult() > 0;
        long age = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(order.getCreatedAt(), zone), today));
        return new BackorderView(order.getNumber(), order.getCustomer().getCode(), order.getCustomer().getName(),
                order.getWarehouse().getCode(), order.getStatus().name(), order.isRush(), order.getCreatedAt().toString(), age,
                waiting, fillable, value);
    }
}
