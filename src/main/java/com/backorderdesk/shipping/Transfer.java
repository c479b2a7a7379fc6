package com.backorderdesk.shipping;

import com.backorderdesk.platform.Words;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.platform.Problem;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Stock moving from one warehouse to another for an order line. Requested with the stock
 * allocated at the source (it cannot be sold twice), shipped (it leaves the source), received
 * (it arrives and goes to the waiting line).
 */
@Entity
@NamedQuery(name = Transfer.SOURCE_LEVEL, query = "select t.from.code, t.product.sku from Transfer t where t.number = :number")
@NamedQuery(name = Transfer.DESTINATION_LEVEL, query = "select t.to.code, t.product.sku from Transfer t where t.number = :number")
@Table(name = "stock_transfer")
@NamedQuery(name = Transfer.BY_NUMBER, query = "select t from Transfer t join fetch t.from join fetch t.to join fetch t.product where t.number = :number")
@NamedQuery(name = Transfer.OF_ORDER, query = "select t from Transfer t join fetch t.from join fetch t.to join fetch t.product where t.orderLine.order = :order order by t.id")
@NamedQuery(name = Transfer.COUNT, query = "select count(t) from Transfer t where (:status is null or t.status = :status)")
public class Transfer {

    /** The warehouse and SKU a transfer takes from or brings to, as values (to lock that level before reading the transfer). */
    public static final String SOURCE_LEVEL = "Transfer.sourceLevel";
    public static final String DESTINATION_LEVEL = "Transfer.destinationLevel";

    public static final String BY_NUMBER = "Transfer.byNumber";
    public static final String OF_ORDER = "Transfer.ofOrder";
    /** The transfers without their order, for a sorted list. */
    static final String LIST = "select t from Transfer t join fetch t.from join fetch t.to join fetch t.product where (:status is null or t.status = :status)";
    public static final String COUNT = "Transfer.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_warehouse_id")
    private Warehouse from;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_warehouse_id")
    private Warehouse to;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Product product;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id")
    private OrderLine orderLine;
    private Instant createdAt;
    @Version
    private long version;

    protected Transfer() {
    }

    public Transfer(String number, Warehouse from, Warehouse to, Product product, int quantity, OrderLine orderLine, Instant createdAt) {
        this.number = number;
        this.from = from;
        this.to = to;
        this.product = product;
        this.quantity = quantity;
        this.orderLine = orderLine;
        this.createdAt = createdAt;
        this.status = TransferStatus.REQUESTED;
    }

    public void ship() {
        if (status != TransferStatus.REQUESTED) {
            throw Problem.conflict("status", "Transfer " + number + " is " + Words.of(status) + "; only a requested transfer can ship.");
        }
        status = TransferStatus.IN_TRANSIT;
    }

    public void receive() {
        if (status != TransferStatus.IN_TRANSIT) {
            throw Problem.conflict("status", "Transfer " + number + " is " + Words.of(status) + "; only a transfer in transit can be received.");
        }
        status = TransferStatus.RECEIVED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Warehouse getFrom() {
        return from;
    }

    public Warehouse getTo() {
        return to;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public OrderLine getOrderLine() {
        return orderLine;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
