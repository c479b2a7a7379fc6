package com.backorderdesk.shipping;

import com.backorderdesk.ordering.OrderLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A quantity of one order line on a pick-pack-ship record. */
@Entity
public class ShipmentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Shipment shipment;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id")
    private OrderLine orderLine;
    private int quantity;

    protected ShipmentLine() {
    }

    ShipmentLine(Shipment shipment, OrderLine orderLine, int quantity) {
        this.shipment = shipment;
        this.orderLine = orderLine;
        this.quantity = quantity;
    }

    void add(int more) {
        quantity += more;
    }

    public OrderLine getOrderLine() {
        return orderLine;
    }

    public int getQuantity() {
        return quantity;
    }
}
