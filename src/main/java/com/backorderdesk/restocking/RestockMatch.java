package com.backorderdesk.restocking;

import com.backorderdesk.inventory.StockSource;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
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

/**
 * Incoming stock given to a waiting line: which order and line, how many, what kind of arrival
 * from which source document, when (so it is also where those units came from: the product is
 * the line's, the warehouse the order's). Each match is also an alert for the user who entered
 * the order, unread until that user marks it read. Written set-based by {@link MatchRecords}.
 */
@Entity
@NamedQuery(name = RestockMatch.OF_ORDER, query = "select m from RestockMatch m join fetch m.line l join fetch l.product "
        + "join fetch m.order o join fetch o.warehouse where m.order = :order order by m.at, m.id")
public class RestockMatch {

    public static final String OF_ORDER = "RestockMatch.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id")
    private OrderLine line;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private StockSource kind;
    private String source;
    private Instant at;
    private String recipient;
    private Instant readAt;

    protected RestockMatch() {
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

    public int getQuantity() {
        return quantity;
    }

    public StockSource getKind() {
        return kind;
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
