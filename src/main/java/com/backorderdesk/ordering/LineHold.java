package com.backorderdesk.ordering;

import com.backorderdesk.catalog.Warehouse;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** Stock held at a warehouse for a line of a ship-complete order; gone when the order is released. */
@Entity
@NamedQuery(name = LineHold.OF_ORDER, query = "select h from LineHold h join fetch h.line l join fetch h.warehouse where l.order = :order order by h.id")
public class LineHold {

    public static final String OF_ORDER = "LineHold.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id")
    private OrderLine line;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Warehouse warehouse;
    private int quantity;

    protected LineHold() {
    }

    public LineHold(OrderLine line, Warehouse warehouse, int quantity) {
        this.line = line;
        this.warehouse = warehouse;
        this.quantity = quantity;
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
}
