package com.backorderdesk.shipping;

import com.backorderdesk.inventory.StockSource;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.ordering.OrderLine;
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

import java.time.Instant;

/** Where units of a line came from and when: "why did order A get it before order B" has an answer. */
@Entity
@NamedQuery(name = AllocationSource.OF_ORDER, query = "select a from AllocationSource a join fetch a.line l join fetch a.warehouse where l.order = :order order by a.at, a.id")
public class AllocationSource {

    public static final String OF_ORDER = "AllocationSource.ofOrder";

    /** STOCK: on hand when the order was placed; RECEIPT, ADJUSTMENT: stock that arrived later; TRANSFER; DROP_SHIP. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id")
    private OrderLine line;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Warehouse warehouse;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private StockSource kind;
    private String reference;
    private Instant at;

    protected AllocationSource() {
    }

    AllocationSource(OrderLine line, Warehouse warehouse, int quantity, StockSource kind, String reference, Instant at) {
        this.line = line;
        this.warehouse = warehouse;
        this.quantity = quantity;
        this.kind = kind;
        this.reference = reference;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public OrderLine getLine() {
        return line;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public int getQuantity() {
        return quantity;
    }

    public StockSource getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public Instant getAt() {
        return at;
    }
}
