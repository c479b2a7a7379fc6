package com.backorderdesk.shipping;

import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.planning.PlanInput;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.inventory.StockLevel;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.purchasing.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the planner needs from the database. With {@code lock}, the stock levels of the
 * order's products are locked at every warehouse first ({@link Stock#lockEverywhere}: their own
 * rows only, always in id order, so two orders wait for each other and never deadlock) until
 * the transaction ends: nobody else can promise them.
 */
@ApplicationScoped
public class StockSnapshot {

    /**
     * What waits for each of the products at a warehouse, in one statement for all the order's
     * lines: {@code backordered > 0} lets the line index skip every line served long ago.
     */
    static final String WAITING = "select l.product.id, sum(l.backordered) from OrderLine l where l.product.id in :products "
            + "and l.backordered > 0 and l.order.warehouse.code = :warehouse and l.order.status in :waiting group by l.product.id";

    @PersistenceContext
    EntityManager em;
    @Inject
    Stock stock;

    /** The levels taken, by warehouse code and SKU, for applying the plan. */
    public record Taken(PlanInput input, Map<String, StockLevel> levels) {
        public StockLevel level(String warehouse, String sku) {
            return levels.get(warehouse + "/" + sku);
        }
    }

    public Taken take(Warehouse orderWarehouse, Map<String, Integer> quantities, Map<String, Product> products,
                      BackorderPolicy policy, boolean lock) {
        if (lock) {
            stock.lockEverywhere(quantities.keySet());
        }
        // the locked levels are in the persistence context already, as read under the lock
        var query = em.createQuery("select l from StockLevel l join fetch l.warehouse join fetch l.product p "
                + "where p.sku in :skus order by l.id", StockLevel.class).setParameter("skus", quantities.keySet());
        Map<String, StockLevel> levels = new HashMap<>();
        Map<String, Map<String, Integer>> available = new HashMap<>();
        Map<String, Warehouse> warehouses = new HashMap<>();
        for (StockLevel level : query.getResultList()) {
            String warehouse = level.getWarehouse().getCode();
            levels.put(warehouse + "/" + level.getProduct().getSku(), level);
            warehouses.put(warehouse, level.getWarehouse());
            available.computeIfAbsent(warehouse, w -> new HashMap<>()).put(level.getProduct().getSku(), level.available());
        }
        List<PlanInput.Site> sites = new ArrayList<>();
        warehouses.values().stream().filter(w -> w.isActive() || w.getCode().equals(orderWarehouse.getCode()))
                .sorted((a, b) -> a.getPriority() != b.getPriority() ? Integer.compare(a.getPriority(), b.getPriority()) : a.getCode().compareTo(b.getCode()))
                .forEach(w -> sites.add(new PlanInput.Site(w.getCode(), available.get(w.getCode()))));
        List<Long> ids = quantities.keySet().stream().map(sku -> products.get(sku).getId()).toList();
        Map<Long, Integer> waiting = sums(em.createQuery(WAITING, Object[].class).setParameter("waiting", OrderStatus.WAITING), ids, orderWarehouse);
        Map<Long, Integer> onOrder = sums(em.createQuery(PurchaseOrder.ON_ORDER, Object[].class), ids, orderWarehouse);
        Map<String, PlanInput.Item> items = new LinkedHashMap<>();
        List<PlanInput.Line> lines = new ArrayList<>();
        quantities.forEach((sku, quantity) -> {
            Product p = products.get(sku);
            items.put(sku, new PlanInput.Item(sku, p.getSupplier().getCode(), p.getMinStock(), p.canDropShip(), p.getUnitPrice(),
                    waiting.getOrDefault(p.getId(), 0), onOrder.getOrDefault(p.getId(), 0)));
            lines.add(new PlanInput.Line(sku, quantity));
        });
        return new Taken(new PlanInput(orderWarehouse.getCode(), lines, policy, sites, items), levels);
    }

    /** A sum per product (rows of product id and sum) for the order's warehouse; a product with nothing has no row. */
    private static Map<Long, Integer> sums(TypedQuery<Object[]> query, List<Long> products, Warehouse warehouse) {
        Map<Long, Integer> sums = new HashMap<>();
        for (Object[] row : query.setParameter("products", products).setParameter("warehouse", warehouse.getCode()).getResultList()) {
            sums.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return sums;
    }
}
