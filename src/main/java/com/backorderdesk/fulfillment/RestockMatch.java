package com.backorderdesk.fulfillment;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/**
 * Incoming stock given to a waiting line: which order and line, how many, from which source
 * document, when. Each match is also an alert for the user who entered the order, unread
 * until that user marks it read.
 */
@Entity
public class RestockMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id")
    private OrderLine line;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Product product;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Warehouse warehouse;
    private int quantity;
    private String source;
    private Instant at;
    private String recipient;
    private Instant readAt;

    protected RestockMatch() {
    }

    RestockMatch(OrderLine line, Warehouse warehouse, int quantity, String source, Instant at) {
        this.order = line.getOrder();
        this.line = line;
        this.product = line.getProduct();
        this.warehouse = warehouse;
        this.quantity = quantity;
        this.source = source;
        this.at = at;
        this.recipient = order.getCreatedBy();
    }

    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public OrderLine getLine() {
        return line;
    }

    public Product getProduct() {
        return product;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getSource() {
        return source;
    }

    public Instant getAt() {
        return at;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
