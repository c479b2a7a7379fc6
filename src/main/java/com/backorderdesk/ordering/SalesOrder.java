package com.backorderdesk.ordering;

import com.backorderdesk.platform.Words;

import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.catalog.Customer;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.platform.Problem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's order for products from one warehouse. Placed and processed at once by
 * order entry ({@code sales.SalesOrders}); then it waits (PARKED, BACKORDERED, PARTIALLY_COMPLETED) until incoming
 * stock and transfers fill it, or a clerk cancels what is still backordered. A SPLIT order is
 * COMPLETED for what it shipped and has a child order for the rest.
 */
@Entity
@NamedQuery(name = SalesOrder.SKUS_OF, query = "select l.product.sku from OrderLine l where l.order.number = :number")
@NamedQuery(name = SalesOrder.BY_NUMBER, query = "select o from SalesOrder o join fetch o.customer join fetch o.warehouse where o.number = :number")
@NamedQuery(name = SalesOrder.CHILDREN, query = "select o.number from SalesOrder o where o.parent = :order order by o.id")
public class SalesOrder {

    /** The SKUs of an order's lines, as values (to lock their levels before reading the order). */
    public static final String SKUS_OF = "SalesOrder.skusOf";

    public static final String BY_NUMBER = "SalesOrder.byNumber";
    public static final String CHILDREN = "SalesOrder.children";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Warehouse warehouse;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private BackorderPolicy policy;
    private boolean rush;
    private boolean notifyCustomer = true;
    @ManyToOne(fetch = FetchType.LAZY)
    private SalesOrder parent;
    private Instant createdAt;
    private String createdBy;
    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected SalesOrder() {
    }

    public SalesOrder(String number, Customer customer, Warehouse warehouse, BackorderPolicy policy, boolean rush,
                      Instant createdAt, String createdBy) {
        this.number = number;
        this.customer = customer;
        this.warehouse = warehouse;
        this.policy = policy;
        this.rush = rush;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = OrderStatus.BACKORDERED;
    }

    public OrderLine addLine(Product product, int quantity) {
        OrderLine line = new OrderLine(this, lines.size() + 1, product, quantity);
        lines.add(line);
        return line;
    }

    /** The child order of a SPLIT: same customer, warehouse and policy; it waits for the rest. */
    public SalesOrder splitOff(String childNumber) {
        SalesOrder child = new SalesOrder(childNumber, customer, warehouse, policy, rush, createdAt, createdBy);
        child.parent = this;
        child.notifyCustomer = notifyCustomer;
        return child;
    }

    /**
     * Works out the status from the lines. A ship-complete order stays PARKED while anything is
     * missing; the caller releases it (onto pick-pack-ship records) when {@link #readyToRelease()}.
     */
    public void updateStatus() {
        int quantity = lines.stream().mapToInt(OrderLine::getQuantity).sum();
        int processed = lines.stream().mapToInt(OrderLine::getProcessed).sum();
        int waiting = lines.stream().mapToInt(l -> l.getBackordered() + l.getInTransfer() + l.getAllocated()).sum();
        status = OrderStatus.of(quantity, processed, waiting, policy.shipsComplete());
    }

    /** A parked order whose every unit is held or processed: time to ship it complete. */
    public boolean readyToRelease() {
        return status == OrderStatus.PARKED && lines.stream().allMatch(l -> l.getBackordered() == 0 && l.getInTransfer() == 0);
    }

    /** Ship-complete orders hold what arrives; the others ship it at once. */
    public boolean holdsArrivals() {
        return policy.holdsArrivals(status);
    }

    /** The clerk said at entry: no backorder notices to the customer for this order. */
    public void withoutNotices() {
        notifyCustomer = false;
    }

    /** Whether the customer hears about this order when it waits: neither the order nor the customer said no. */
    public boolean notifiesCustomer() {
        return notifyCustomer && customer.wantsNotices();
    }

    /** Whether anything is still owed: backordered, held or in transfer. */
    public boolean hasWaiting() {
        return lines.stream().anyMatch(l -> l.getBackordered() + l.getAllocated() + l.getInTransfer() > 0);
    }

    public void checkWaiting() {
        if (!status.isWaiting()) {
            throw Problem.conflict("status", "Order " + number + " is " + Words.of(status) + ": nothing is waiting on it.");
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public BackorderPolicy getPolicy() {
        return policy;
    }

    public boolean isRush() {
        return rush;
    }

    public SalesOrder getParent() {
        return parent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
