package com.backorderdesk.shipping;

import com.backorderdesk.platform.Words;

import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Problem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A pick-pack-ship record: what one warehouse ships for one order. Its stock is allocated from
 * the moment it is created; shipping takes it off on-hand through the ledger.
 */
@Entity
@NamedQuery(name = Shipment.LEVELS_OF, query = "select s.warehouse.code, l.orderLine.product.sku from ShipmentLine l join l.shipment s where s.number = :number")
@NamedQuery(name = Shipment.OF_ORDER, query = "select distinct s from Shipment s join fetch s.warehouse left join fetch s.lines where s.order = :order order by s.id")
@NamedQuery(name = Shipment.BY_NUMBER, query = "select s from Shipment s join fetch s.warehouse join fetch s.order where s.number = :number")
@NamedQuery(name = Shipment.QUEUE_COUNT, query = "select count(s) from Shipment s where (:warehouse is null or s.warehouse.code = :warehouse) and (:status is null or s.status = :status)")
public class Shipment {

    /** The warehouse and SKU of each line of a record, as values (to lock their levels before reading the record). */
    public static final String LEVELS_OF = "Shipment.levelsOf";

    public static final String OF_ORDER = "Shipment.ofOrder";
    public static final String BY_NUMBER = "Shipment.byNumber";
    /** The work queue without its order, for a sorted list. */
    static final String QUEUE_LIST = "select s from Shipment s join fetch s.order join fetch s.warehouse w where (:warehouse is null or w.code = :warehouse) "
            + "and (:status is null or s.status = :status)";
    public static final String QUEUE_COUNT = "Shipment.queueCount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Warehouse warehouse;
    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;
    private Instant createdAt;
    @OneToMany(mappedBy = "shipment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ShipmentLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected Shipment() {
    }

    public Shipment(String number, SalesOrder order, Warehouse warehouse, Instant createdAt) {
        this.number = number;
        this.order = order;
        this.warehouse = warehouse;
        this.createdAt = createdAt;
        this.status = ShipmentStatus.OPEN;
    }

    /** Puts a quantity of an order line on this record (one record line per order line). */
    public void add(OrderLine line, int quantity) {
        lines.stream().filter(l -> l.getOrderLine() == line).findFirst()
                .ifPresentOrElse(l -> l.add(quantity), () -> lines.add(new ShipmentLine(this, line, quantity)));
    }

    /** Moves one step on; anything else (skipping, going back, after SHIPPED) is a conflict. */
    public void advanceTo(ShipmentStatus wanted) {
        if (wanted == null || wanted != status.next()) {
            throw Problem.conflict("status", "Pick-pack-ship record " + number + " is " + Words.of(status)
                    + (status.next() == null ? " already." : "; the next step is " + Words.of(status.next()) + ", not " + Words.of(wanted) + "."));
        }
        status = wanted;
    }

    /** An OPEN record nobody has started to pick is cancelled; its units are the caller's to give back. */
    public void cancel() {
        if (status != ShipmentStatus.OPEN) {
            throw Problem.conflict("status", "Pick-pack-ship record " + number + " is " + Words.of(status) + ": only an open one can be cancelled.");
        }
        status = ShipmentStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ShipmentLine> getLines() {
        return lines;
    }
}
