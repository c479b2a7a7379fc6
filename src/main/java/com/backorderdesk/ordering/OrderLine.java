package com.backorderdesk.ordering;

import jakarta.persistence.Version;
import com.backorderdesk.catalog.Product;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One product on an order, and how its quantity divides: processed (on pick-pack-ship records
 * or drop-shipped), allocated (held, not yet on a record), in transfer, backordered. These
 * always add up to the quantity (a database constraint says so too); drop-shipped and
 * shipped are counted inside processed. A cancelled remainder leaves the quantity.
 */
@Entity
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;
    private int lineNo;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Product product;
    private int quantity;
    private int processed;
    private int allocated;
    private int inTransfer;
    private int dropShipped;
    private int backordered;
    private int shipped;
    private int cancelled;
    @Version
    private long version;

    protected OrderLine() {
    }

    OrderLine(SalesOrder order, int lineNo, Product product, int quantity) {
        this.order = order;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.backordered = quantity;
    }

    /** Backordered units go onto a pick-pack-ship record now. */
    public void process(int units) {
        take(units);
        processed += units;
    }

    /** Backordered units are held for a ship-complete order. */
    public void hold(int units) {
        take(units);
        allocated += units;
    }

    /** Backordered units are coming by transfer. */
    public void transfer(int units) {
        take(units);
        inTransfer += units;
    }

    /** Backordered units are shipped by the supplier straight to the customer. */
    public void dropShip(int units) {
        take(units);
        processed += units;
        dropShipped += units;
    }

    /** A transfer arrived: its units are held (ship-complete) or go onto a record at once. */
    public void transferArrived(int units, boolean holdIt) {
        if (units > inTransfer) {
            throw new IllegalStateException("more arrived than was in transfer");
        }
        inTransfer -= units;
        if (holdIt) {
            allocated += units;
        } else {
            processed += units;
        }
    }

    /** Held units go onto a pick-pack-ship record (a parked order is released). */
    public void releaseHeld() {
        processed += allocated;
        allocated = 0;
    }

    public void shipped(int units) {
        shipped += units;
    }

    /**
     * Cancels what still waits for stock: the backordered units and the held ones (whose stock
     * the caller releases). Units in transfer stay: the stock is already on its way.
     */
    public int cancelWaiting() {
        int held = allocated;
        int gone = backordered + allocated;
        cancelled += gone;
        quantity -= gone;
        backordered = 0;
        allocated = 0;
        return held;
    }

    /** Units on a pick-pack-ship record that was cancelled before it was picked: they are cancelled too. */
    public void cancelProcessed(int units) {
        if (units < 0 || units > processed - dropShipped - shipped) {
            throw new IllegalStateException("line " + lineNo + " has only " + (processed - dropShipped - shipped) + " units not yet shipped");
        }
        processed -= units;
        quantity -= units;
        cancelled += units;
    }

    private void take(int units) {
        if (units < 0 || units > backordered) {
            throw new IllegalStateException("line " + lineNo + " has only " + backordered + " backordered");
        }
        backordered -= units;
    }

    public Long getId() {
        return id;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getProcessed() {
        return processed;
    }

    public int getAllocated() {
        return allocated;
    }

    public int getInTransfer() {
        return inTransfer;
    }

    public int getDropShipped() {
        return dropShipped;
    }

    public int getBackordered() {
        return backordered;
    }

    public int getShipped() {
        return shipped;
    }

    public int getCancelled() {
        return cancelled;
    }
}
