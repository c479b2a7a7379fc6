package com.backorderdesk.purchasing;

import com.backorderdesk.platform.Words;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Supplier;
import com.backorderdesk.catalog.Warehouse;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An order to a supplier. STOCK: replenishes a warehouse; requirements are added to it while
 * it is OPEN and has received nothing. DROP_SHIP: the supplier ships straight to a customer;
 * confirming that shipment closes it.
 */
@Entity
@NamedQuery(name = PurchaseOrder.BY_NUMBER, query = "select p from PurchaseOrder p join fetch p.supplier left join fetch p.warehouse where p.number = :number")
@NamedQuery(name = PurchaseOrder.ID_AND_WAREHOUSE, query = "select p.id, p.warehouse.code from PurchaseOrder p where p.number = :number")
@NamedQuery(name = PurchaseOrder.CONSOLIDATABLE, query = "select p from PurchaseOrder p where p.type = com.backorderdesk.purchasing.PurchaseOrderType.STOCK and p.status = com.backorderdesk.purchasing.PurchaseOrderStatus.OPEN and p.supplier = :supplier and p.warehouse = :warehouse and not exists (select l from PurchaseOrderLine l where l.purchaseOrder = p and l.received > 0) order by p.id")
@NamedQuery(name = PurchaseOrder.OF_ORDER, query = "select p.number from PurchaseOrder p join p.salesOrders o where o = :order order by p.id")
public class PurchaseOrder {

    public static final String BY_NUMBER = "PurchaseOrder.byNumber";
    public static final String ID_AND_WAREHOUSE = "PurchaseOrder.idAndWarehouse";
    public static final String CONSOLIDATABLE = "PurchaseOrder.consolidatable";
    public static final String OF_ORDER = "PurchaseOrder.ofOrder";
    /** The purchase orders a list shows, before its filters ({@link com.backorderdesk.platform.Where}) and its order (Sorting). */
    static final String LIST = "select p from PurchaseOrder p join fetch p.supplier s left join fetch p.warehouse";
    static final String COUNT = "select count(p) from PurchaseOrder p join p.supplier s";
    /** What open stock purchase orders still bring to a warehouse (:warehouse), per product of :products (ids). */
    public static final String ON_ORDER = "select l.product.id, sum(l.quantity - l.received) from PurchaseOrderLine l "
            + "where l.product.id in :products and l.purchaseOrder.warehouse.code = :warehouse "
            + "and l.purchaseOrder.type = com.backorderdesk.purchasing.PurchaseOrderType.STOCK "
            + "and l.purchaseOrder.status = com.backorderdesk.purchasing.PurchaseOrderStatus.OPEN group by l.product.id";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier supplier;
    @ManyToOne(fetch = FetchType.LAZY)
    private Warehouse warehouse;
    @Enumerated(EnumType.STRING)
    private PurchaseOrderType type;
    private String shipTo;
    @Enumerated(EnumType.STRING)
    private PurchaseOrderStatus status;
    private Instant createdAt;
    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PurchaseOrderLine> lines = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "purchase_order_sales_order",
            joinColumns = @JoinColumn(name = "purchase_order_id"), inverseJoinColumns = @JoinColumn(name = "sales_order_id"))
    @OrderBy("id")
    private Set<SalesOrder> salesOrders = new LinkedHashSet<>();
    @Version
    private long version;

    protected PurchaseOrder() {
    }

    private PurchaseOrder(String number, Supplier supplier, Warehouse warehouse, PurchaseOrderType type, String shipTo, Instant createdAt) {
        this.number = number;
        this.supplier = supplier;
        this.warehouse = warehouse;
        this.type = type;
        this.shipTo = shipTo;
        this.createdAt = createdAt;
        this.status = PurchaseOrderStatus.OPEN;
    }

    public static PurchaseOrder stock(String number, Supplier supplier, Warehouse warehouse, Instant createdAt) {
        return new PurchaseOrder(number, supplier, warehouse, PurchaseOrderType.STOCK, null, createdAt);
    }

    public static PurchaseOrder dropShip(String number, Supplier supplier, Warehouse warehouse, String shipTo, Instant createdAt) {
        return new PurchaseOrder(number, supplier, warehouse, PurchaseOrderType.DROP_SHIP, shipTo, createdAt);
    }

    /** Adds a quantity of a product, to its existing line if there is one; remembers the sales order it serves. */
    public void require(Product product, int quantity, SalesOrder forOrder) {
        lines.stream().filter(l -> l.getProduct().getId().equals(product.getId())).findFirst()
                .ifPresentOrElse(l -> l.add(quantity), () -> lines.add(new PurchaseOrderLine(this, product, quantity)));
        salesOrders.add(forOrder);
    }

    /**
     * Checks a receipt before anything changes: a stock order, still open, every SKU on it, no
     * more than is still to come. Returns the lines in the order given.
     */
    public List<PurchaseOrderLine> checkReceipt(List<String> skus, List<Integer> quantities) {
        if (type != PurchaseOrderType.STOCK) {
            throw Problem.conflict("type", "Purchase order " + number + " is a drop-ship; confirm its shipment instead.");
        }
        if (status != PurchaseOrderStatus.OPEN) {
            throw Problem.conflict("status", "Purchase order " + number + " is " + Words.of(status) + ": nothing more can be received.");
        }
        List<PurchaseOrderLine> matched = new ArrayList<>();
        java.util.Map<PurchaseOrderLine, Integer> total = new java.util.HashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            String sku = skus.get(i);
            String field = "lines[" + i + "]";
            PurchaseOrderLine line = lines.stream().filter(l -> l.getProduct().getSku().equals(sku)).findFirst()
                    .orElseThrow(() -> Problem.invalid(field + ".sku", sku + " is not on purchase order " + number + "."));
            int sum = total.merge(line, quantities.get(i), Integer::sum);
            if (sum > line.getQuantity() - line.getReceived()) {
                throw Problem.invalid(field + ".quantity", tooMuch(line.getQuantity() - line.getReceived(), sku, number));
            }
            matched.add(line);
        }
        return matched;
    }

    /** What a receipt of more than is still to come is told, by the receipt form as by the check. */
    static String tooMuch(int outstanding, String sku, String number) {
        return "Only " + outstanding + " of " + sku + " are still to come on " + number + ".";
    }

    /** After a receipt: RECEIVED once every line is complete. */
    public void updateStatus() {
        if (lines.stream().allMatch(l -> l.getReceived() >= l.getQuantity())) {
            status = PurchaseOrderStatus.RECEIVED;
        }
    }

    /** Drop-ship: the supplier has shipped to the customer. */
    public void confirmShipment() {
        if (type != PurchaseOrderType.DROP_SHIP) {
            throw Problem.conflict("type", "Purchase order " + number + " is a stock order; receive it instead.");
        }
        if (status != PurchaseOrderStatus.OPEN) {
            throw Problem.conflict("status", "Purchase order " + number + " is " + Words.of(status) + " already.");
        }
        lines.forEach(PurchaseOrderLine::receiveAll);
        status = PurchaseOrderStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public PurchaseOrderType getType() {
        return type;
    }

    public String getShipTo() {
        return shipTo;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<PurchaseOrderLine> getLines() {
        return lines;
    }

    public Set<SalesOrder> getSalesOrders() {
        return salesOrders;
    }
}
