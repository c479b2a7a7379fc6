package com.backorderdesk.inventory;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.ProductAdded;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.WarehouseAdded;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Validation;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock levels and their ledger. Every product has a level at every warehouse from the moment
 * either is created; a level is locked (SELECT ... FOR UPDATE) while it changes.
 */
@Stateless
public class Stock {

    @PersistenceContext
    EntityManager em;
    @Inject
    Products products;
    @Inject
    Warehouses warehouses;
    @Inject
    Validation validation;
    @Inject
    CurrentUser currentUser;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    Event<StockArrived> arrived;

    public void productAdded(@Observes ProductAdded event) {
        for (Warehouse warehouse : warehouses.all()) {
            em.persist(new StockLevel(event.product(), warehouse));
        }
    }

    public void warehouseAdded(@Observes WarehouseAdded event) {
        em.createQuery("select p from Product p", Product.class).getResultStream()
                .forEach(product -> em.persist(new StockLevel(product, event.warehouse())));
    }

    /** Sets the counted on-hand of a product at a warehouse; an increase is stock arriving. */
    public LevelView count(String warehouse, String sku, CountData data) {
        validation.check(data);
        StockLevel level = lock(warehouse, sku);
        if (data.bin() != null) {
            level.placeIn(data.bin());
        }
        int before = level.getOnHand();
        StockMovement movement = level.count(data.onHand(), clock.instant(), currentUser.name(), data.reason().trim());
        if (movement != null) {
            em.persist(movement);
            audit.record("stock.counted", sku + " @ " + warehouse, before + " -> " + level.getOnHand() + ": " + data.reason().trim());
            if (movement.getQuantity() > 0) {
                arrived.fire(new StockArrived(sku, warehouse, movement.getQuantity(), "Stock count: " + data.reason().trim(),
                        StockSource.ADJUSTMENT));
            }
        }
        return levelsOf(sku).stream().filter(l -> l.warehouse().equals(warehouse)).findFirst().orElseThrow();
    }

    /** Received goods: on-hand goes up through the ledger, then restock matching runs (same transaction). */
    public void receive(String warehouse, String sku, int quantity, String source, String reference) {
        StockLevel level = lock(warehouse, sku);
        em.persist(level.receive(quantity, MovementKind.RECEIPT, clock.instant(), currentUser.name(), "Received " + source, reference));
        arrived.fire(new StockArrived(sku, warehouse, quantity, source, StockSource.RECEIPT));
    }

    /** The level of a product at a warehouse, locked for this transaction. */
    public StockLevel lock(String warehouse, String sku) {
        warehouses.get(warehouse);
        products.get(sku);
        return lockAll(warehouse, List.of(sku)).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("sku", "No stock level for " + sku + " at " + warehouse + "."));
    }

    /**
     * The levels of some products at a warehouse, locked for this transaction. Codes that name
     * no product are passed over.
     */
    public List<StockLevel> lockAll(String warehouse, Collection<String> skus) {
        return lockByIds(em.createNamedQuery(StockLevel.IDS_AT, Long.class)
                .setParameter("warehouse", warehouse).setParameter("skus", skus).getResultList());
    }

    /** The levels of some products at every warehouse, locked for this transaction. */
    public List<StockLevel> lockEverywhere(Collection<String> skus) {
        return lockByIds(em.createNamedQuery(StockLevel.IDS_OF_PRODUCTS, Long.class).setParameter("skus", skus).getResultList());
    }

    /**
     * Locks stock levels (SELECT ... FOR UPDATE) one row at a time in ascending id, whoever
     * asks: order entry, receipts, counts, shipping and cancelling all take them in this one
     * order, so two transactions wait for each other and never deadlock. Only the level's own
     * row is locked: a query that joined the product or the warehouse would lock those rows
     * too, on H2 and on PostgreSQL, and every order would queue behind every other.
     */
    private List<StockLevel> lockByIds(Collection<Long> ids) {
        return ids.stream().distinct().sorted()
                .map(id -> em.find(StockLevel.class, id, LockModeType.PESSIMISTIC_WRITE)).toList();
    }

    /** The level of a product at a warehouse, to read. */
    public StockLevel level(String warehouse, String sku) {
        warehouses.get(warehouse);
        products.get(sku);
        return em.createNamedQuery(StockLevel.AT, StockLevel.class)
                .setParameter("sku", sku).setParameter("warehouse", warehouse)
                .getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("sku", "No stock level for " + sku + " at " + warehouse + "."));
    }

    static final String ON_ORDER_BY_WAREHOUSE = "select l.purchaseOrder.warehouse.code, sum(l.quantity - l.received) "
            + "from PurchaseOrderLine l where l.product.sku = :sku "
            + "and l.purchaseOrder.type = com.backorderdesk.purchasing.PurchaseOrderType.STOCK "
            + "and l.purchaseOrder.status = com.backorderdesk.purchasing.PurchaseOrderStatus.OPEN group by l.purchaseOrder.warehouse.code";
    static final String IN_TRANSIT_BY_WAREHOUSE = "select t.to.code, sum(t.quantity) from Transfer t where t.product.sku = :sku "
            + "and t.status <> com.backorderdesk.shipping.TransferStatus.RECEIVED group by t.to.code";

    /** A product's levels at every warehouse, in warehouse priority order, with what is on order and coming in. */
    public List<LevelView> levelsOf(String sku) {
        products.get(sku);
        Map<String, Integer> onOrder = sums(ON_ORDER_BY_WAREHOUSE, sku);
        Map<String, Integer> inTransit = sums(IN_TRANSIT_BY_WAREHOUSE, sku);
        return em.createNamedQuery(StockLevel.OF_PRODUCT, StockLevel.class).setParameter("sku", sku).getResultStream()
                .map(l -> LevelView.of(l, onOrder.getOrDefault(l.getWarehouse().getCode(), 0),
                        inTransit.getOrDefault(l.getWarehouse().getCode(), 0))).toList();
    }

    private Map<String, Integer> sums(String jpql, String sku) {
        Map<String, Integer> sums = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("sku", sku).getResultList()) {
            sums.put((String) row[0], ((Number) row[1]).intValue());
        }
        return sums;
    }

    /** The columns the ledger sorts by (newest first unless asked otherwise). */
    static final Map<String, String> LEDGER_SORTS = Map.of("when", "m.at", "warehouse", "w.code", "kind", "m.kind", "who", "m.username");

    /** The ledger of a product, newest first unless {@code sort} asks otherwise. */
    public Page<StockMovement> ledger(String sku, String sort, PageRequest page) {
        products.get(sku);
        return Page.of(em.createQuery("select m from StockMovement m join fetch m.level l join fetch l.warehouse w where l.product.sku = :sku"
                        + Sorting.orderBy(sort, LEDGER_SORTS, "-when", "m"), StockMovement.class).setParameter("sku", sku),
                em.createNamedQuery(StockMovement.COUNT_OF_PRODUCT, Long.class).setParameter("sku", sku), page);
    }

    /** Levels whose on-hand differs from the sum of their ledger: always empty. */
    public List<String> ledgerMismatches() {
        return em.createNamedQuery(StockLevel.LEDGER_MISMATCHES, StockLevel.class).getResultStream()
                .map(l -> l.getProduct().getSku() + "@" + l.getWarehouse().getCode()).toList();
    }
}
