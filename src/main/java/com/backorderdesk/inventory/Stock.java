package com.backorderdesk.inventory;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.ProductAdded;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.WarehouseAdded;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
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
import java.util.List;

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
        int before = level.getOnHand();
        StockMovement movement = level.count(data.onHand(), clock.instant(), currentUser.name(), data.reason().trim());
        if (movement != null) {
            em.persist(movement);
            audit.record("stock.counted", sku + " @ " + warehouse, before + " -> " + level.getOnHand() + ": " + data.reason().trim());
            if (movement.getQuantity() > 0) {
                arrived.fire(new StockArrived(sku, warehouse, movement.getQuantity(), "ADJUSTMENT"));
            }
        }
        return LevelView.of(level);
    }

    /** The level of a product at a warehouse, locked for this transaction. */
    public StockLevel lock(String warehouse, String sku) {
        warehouses.get(warehouse);
        products.get(sku);
        return em.createNamedQuery(StockLevel.AT, StockLevel.class)
                .setParameter("sku", sku).setParameter("warehouse", warehouse)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("sku", "No stock level for " + sku + " at " + warehouse + "."));
    }

    /** A product's levels at every warehouse, in warehouse priority order. */
    public List<LevelView> levelsOf(String sku) {
        products.get(sku);
        return em.createNamedQuery(StockLevel.OF_PRODUCT, StockLevel.class).setParameter("sku", sku)
                .getResultStream().map(LevelView::of).toList();
    }

    /** The ledger of a product, newest first. */
    public Page<StockMovement> ledger(String sku, PageRequest page) {
        products.get(sku);
        return Page.of(em.createNamedQuery(StockMovement.OF_PRODUCT, StockMovement.class).setParameter("sku", sku),
                em.createNamedQuery(StockMovement.COUNT_OF_PRODUCT, Long.class).setParameter("sku", sku), page);
    }

    /** Levels whose on-hand differs from the sum of their ledger: always empty. */
    public List<String> ledgerMismatches() {
        return em.createNamedQuery(StockLevel.LEDGER_MISMATCHES, StockLevel.class).getResultStream()
                .map(l -> l.getProduct().getSku() + "@" + l.getWarehouse().getCode()).toList();
    }
}
