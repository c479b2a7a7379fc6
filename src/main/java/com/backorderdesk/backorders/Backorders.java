package com.backorderdesk.backorders;

import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.ordering.AdvisorSettings;
import com.backorderdesk.shipping.Transfer;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.planning.Advisor;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Where;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What is still owed to customers: waiting orders (PARKED, BACKORDERED, PARTIALLY_COMPLETED)
 * oldest first, with their waiting lines, expected arrival and whether stock to fill them is
 * on the shelf right now ("fillable now": stock arrived while matching was off, say).
 */
@Stateless
public class Backorders {

    static final String WAITING = " from SalesOrder o";
    /** Of some orders, those with a waiting line whose stock is on the shelf now. */
    static final String FILLABLE = "select distinct l.order.id from OrderLine l, StockLevel s where l.order in :orders and l.backordered > 0 "
            + "and s.product = l.product and s.warehouse = l.order.warehouse and s.onHand - s.allocated > 0";
    static final String EXPECTED_PO = "select min(p.createdAt), min(p.supplier.leadTimeDays) from PurchaseOrderLine pl join pl.purchaseOrder p "
            + "where pl.product = :product and p.warehouse = :warehouse and p.type = com.backorderdesk.purchasing.PurchaseOrderType.STOCK "
            + "and p.status = com.backorderdesk.purchasing.PurchaseOrderStatus.OPEN and pl.received < pl.quantity";
    /** The open transfers of a line, oldest first: when each left and between which warehouses (its lane gives the days). */
    static final String EXPECTED_TRANSFER = "select t.createdAt, t.from.code, t.to.code from Transfer t where t.orderLine = :line "
            + "and t.status <> com.backorderdesk.shipping.TransferStatus.RECEIVED order by t.createdAt";

    static final int CHUNK = 1_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    AdvisorSettings advisorSettings;
    @Inject
    Customers customers;
    @Inject
    Products products;
    @Inject
    Clock clock;

    /**
     * One page of the waiting orders, oldest first, read in a few statements whatever its size
     * (up to 1,000 for the API): see {@link #views}.
     */
    public Page<BackorderView> waiting(String customer, String warehouse, String sku, PageRequest page) {
        return waiting(customer, warehouse, sku, null, page);
    }

    /** The columns the backorder list sorts by; oldest first unless asked otherwise. */
    static final Map<String, String> SORTS = Map.of("order", "o.id", "customer", "o.customer.name", "warehouse", "o.warehouse.code",
            "status", "o.status", "age", "-o.createdAt");

    public Page<BackorderView> waiting(String customer, String warehouse, String sku, String sort, PageRequest page) {
        Where where = filters(customer, warehouse, sku);
        TypedQuery<Long> count = where.bind(em.createQuery("select count(o)" + WAITING + where.clause(), Long.class));
        Page<SalesOrder> orders = Page.of(where.bind(em.createQuery("select o" + WAITING + where.clause() + Sorting.orderBy(sort, SORTS, "-age", "o"),
                SalesOrder.class)), count, page);
        return new Page<>(views(orders.items(), new HashMap<>()), orders.total(), orders.page(), orders.size());
    }

    /**
     * Every waiting order, oldest first, handed over {@value #CHUNK} at a time, for the CSV
     * export: one query read as it goes (a page at a time would sort the whole list again for
     * every page), the orders let go of once handed over.
     */
    public void eachWaiting(String customer, String warehouse, String sku, Consumer<List<BackorderView>> chunk) {
        Map<List<Long>, Optional<String>> expectedPo = new HashMap<>();
        List<SalesOrder> orders = new ArrayList<>();
        try (Stream<SalesOrder> all = oldestFirst(customer, warehouse, sku).setHint("org.hibernate.fetchSize", CHUNK).setFlushMode(FlushModeType.COMMIT).getResultStream()) {
            for (Iterator<SalesOrder> next = all.iterator(); next.hasNext(); ) {
                orders.add(next.next());
                if (orders.size() == CHUNK || !next.hasNext()) {
                    chunk.accept(views(orders, expectedPo));
                    orders.clear();
                    em.clear();
                }
            }
        }
    }

    /** One order as the list shows it: its waiting lines with their expected arrival at the order's warehouse. */
    public BackorderView of(SalesOrder order) {
        return views(List.of(order), new HashMap<>()).get(0);
    }

    /** The waiting orders the filters leave, oldest first (ties by id, so the order is the same every time). */
    private TypedQuery<SalesOrder> oldestFirst(String customer, String warehouse, String sku) {
        Where where = filters(customer, warehouse, sku);
        return where.bind(em.createQuery("select o" + WAITING + where.clause() + " order by o.createdAt, o.id", SalesOrder.class));
    }

    /** The waiting orders {@code o}, of a customer, a warehouse, a product (code, or part of a code or name) when given. */
    private Where filters(String customer, String warehouse, String sku) {
        Where where = new Where().and("o.status in :waiting", "waiting", OrderStatus.WAITING)
                .and("o.warehouse.code = :warehouse", "warehouse", Filters.optional(warehouse));
        where = customers.filter(customer).in(where, "o.customer", "customer", "code");
        return products.filter(sku).in(where, "exists (select l from OrderLine l where l.order = o and %s)", "l.product", "sku", "sku");
    }

    /**
     * The views of some orders in a few statements: which of them are fillable in one, the
     * expected arrival once per product and warehouse (remembered in {@code expectedPo}); and
     * only reads, so none first checks the loaded orders for changes to flush.
     */
    private List<BackorderView> views(List<SalesOrder> orders, Map<List<Long>, Optional<String>> expectedPo) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Set<Long> fillable = Set.copyOf(em.createQuery(FILLABLE, Long.class).setParameter("orders", orders)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
        Advisor.Costs costs = advisorSettings.costs(); // the transfer days, read once
        return orders.stream().map(order -> view(order, fillable.contains(order.getId()), costs, expectedPo)).toList();
    }

    private BackorderView view(SalesOrder order, boolean fillable, Advisor.Costs costs, Map<List<Long>, Optional<String>> expectedPo) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<BackorderView.Waiting> waiting = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
            int owed = line.getQuantity() - line.getProcessed();
            value = value.add(line.getProduct().getUnitPrice().multiply(BigDecimal.valueOf(owed)));
            if (line.getBackordered() > 0) {
                String expected = expectedPo.computeIfAbsent(List.of(line.getProduct().getId(), order.getWarehouse().getId()),
                        key -> expectedFromPurchaseOrders(line, order, zone)).orElse(null);
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
    private Optional<String> expectedFromPurchaseOrders(OrderLine line, SalesOrder order, ZoneId zone) {
        Object[] po = em.createQuery(EXPECTED_PO, Object[].class).setParameter("product", line.getProduct())
                .setParameter("warehouse", order.getWarehouse()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return po[0] == null ? Optional.empty()
                : Optional.of(LocalDate.ofInstant((Instant) po[0], zone).plusDays(((Number) po[1]).longValue()).toString());
    }
}
