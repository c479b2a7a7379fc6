package com.backorderdesk.inventory;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.platform.Problem;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What one warehouse holds of one product. {@code onHand} changes only through a
 * {@link StockMovement} that this level writes itself, so the ledger always explains it;
 * {@code allocated} is what the warehouse has promised, never more than it holds.
 */
@Entity
@NamedQuery(name = StockLevel.OF_PRODUCT, query = "select l from StockLevel l join fetch l.warehouse w where l.product.sku = :sku order by w.priority, w.code")
@NamedQuery(name = StockLevel.AT, query = "select l from StockLevel l where l.product.sku = :sku and l.warehouse.code = :warehouse")
@NamedQuery(name = StockLevel.IDS_AT, query = "select l.id from StockLevel l where l.warehouse.code = :warehouse and l.product.sku in :skus")
@NamedQuery(name = StockLevel.IDS_OF_PRODUCTS, query = "select l.id from StockLevel l where l.product.sku in :skus")
@NamedQuery(name = StockLevel.LEDGER_MISMATCHES, query = "select l from StockLevel l where l.onHand <> coalesce((select sum(m.quantity) from StockMovement m where m.level = l), 0)")
public class StockLevel {

    public static final String OF_PRODUCT = "StockLevel.ofProduct";
    public static final String AT = "StockLevel.at";
    public static final String IDS_AT = "StockLevel.idsAt";
    public static final String IDS_OF_PRODUCTS = "StockLevel.idsOfProducts";
    public static final String LEDGER_MISMATCHES = "StockLevel.ledgerMismatches";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Product product;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Warehouse warehouse;
    private int onHand;
    private int allocated;
    private String bin;
    @Version
    private long version;

    protected StockLevel() {
    }

    StockLevel(Product product, Warehouse warehouse) {
        this.product = product;
        this.warehouse = warehouse;
    }

    /**
     * Sets on-hand to a counted quantity. Refused below what is already promised; a count equal
     * to on-hand writes nothing.
     */
    public StockMovement count(int counted, Instant at, String username, String reason) {
        if (counted < 0) {
            throw Problem.invalid("onHand", "onHand must be 0 or more");
        }
        if (counted < allocated) {
            throw Problem.conflict("onHand", "Cannot count " + counted + ": " + allocated
                    + " are already allocated to orders at " + warehouse.getCode() + ".");
        }
        int delta = counted - onHand;
        return delta == 0 ? null : move(MovementKind.ADJUSTMENT, delta, at, username, reason, null);
    }

    /** Promises {@code quantity} units: refused when fewer are available (the lock makes this exact). */
    public void allocate(int quantity) {
        if (quantity > available()) {
            throw Problem.conflict(null, "Only " + available() + " of " + product.getSku() + " available at "
                    + warehouse.getCode() + ", not " + quantity + ".");
        }
        allocated += quantity;
    }

    /** Takes back a promise (a cancelled backorder, a released hold). */
    public void release(int quantity) {
        if (quantity > allocated) {
            throw new IllegalStateException("releasing more than is allocated");
        }
        allocated -= quantity;
    }

    /** Promised units leave the warehouse: on-hand and allocated both go down. */
    public StockMovement issue(int quantity, MovementKind kind, Instant at, String username, String reason, String reference) {
        release(quantity);
        return move(kind, -quantity, at, username, reason, reference);
    }

    /** Units arrive (a receipt, a transfer coming in). */
    public StockMovement receive(int quantity, MovementKind kind, Instant at, String username, String reason, String reference) {
        return move(kind, quantity, at, username, reason, reference);
    }

    private StockMovement move(MovementKind kind, int delta, Instant at, String username, String reason, String reference) {
        onHand += delta;
        return new StockMovement(this, kind, delta, onHand, at, username, reason, reference);
    }

    public int available() {
        return onHand - allocated;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    /** Where the product lies in the warehouse now (blank: nowhere in particular). */
    public void placeIn(String bin) {
        this.bin = bin == null || bin.isBlank() ? null : bin.strip();
    }

    public String getBin() {
        return bin;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getAllocated() {
        return allocated;
    }
}
