package com.backorderdesk.purchasing;

import com.backorderdesk.platform.Words;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Where;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Supplier;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.inventory.MatchesMade;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.DocumentKind;
import com.backorderdesk.platform.Numbers;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Validation;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.security.Audit;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Raises, consolidates, finds and closes purchase orders. */
@Stateless
public class PurchaseOrders {

    @PersistenceContext
    EntityManager em;
    @Inject
    Numbers numbers;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    Validation validation;
    @Inject
    Stock stock;
    @Inject
    MatchesMade matchesMade;
    @Inject
    Suppliers suppliers;
    @Inject
    Products products;
    @Inject
    Event<PurchaseOrderRaised> raised;

    /**
     * Orders a quantity of a product for a warehouse from its supplier: added to an open stock
     * order of that supplier and warehouse that has received nothing yet, else a new one.
     * Orders short of the same supplier's goods take their turn here: the supplier's row is
     * locked, then the purchase order (as a receipt locks it), so two orders never open two
     * purchase orders side by side nor change one at the same time. Callers that replenish
     * from several suppliers go in supplier id order.
     */
    public PurchaseOrder replenish(Warehouse warehouse, Product product, int quantity, SalesOrder forOrder) {
        Supplier supplier = em.find(Supplier.class, product.getSupplier().getId(), LockModeType.PESSIMISTIC_WRITE);
        PurchaseOrder po = Entities.single(em.createNamedQuery(PurchaseOrder.CONSOLIDATABLE, PurchaseOrder.class)
                        .setParameter("supplier", supplier).setParameter("warehouse", warehouse)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE))
                // asked again under the lock: a receipt that came in while this order waited has made it a received one
                .filter(locked -> locked.getLines().stream().allMatch(line -> line.getReceived() == 0))
                .orElse(null);
        boolean opened = po == null;
        if (opened) {
            po = PurchaseOrder.stock(numbers.next(DocumentKind.PURCHASE_ORDER), supplier, warehouse, clock.instant());
            em.persist(po);
        }
        po.require(product, quantity, forOrder);
        if (opened) {
            raised.fire(new PurchaseOrderRaised(po));
        }
        audit.record("purchase-order.required", po.getNumber(), quantity + " x " + product.getSku() + " for " + forOrder.getNumber());
        return po;
    }

    /** A drop-ship order: the supplier ships these quantities straight to the customer. */
    public PurchaseOrder dropShip(Supplier supplier, Warehouse warehouse, String shipTo, Map<Product, Integer> quantities, SalesOrder forOrder) {
        PurchaseOrder po = PurchaseOrder.dropShip(numbers.next(DocumentKind.PURCHASE_ORDER), supplier, warehouse, shipTo, clock.instant());
        quantities.forEach((product, quantity) -> po.require(product, quantity, forOrder));
        em.persist(po);
        audit.record("purchase-order.drop-ship", po.getNumber(), "for " + forOrder.getNumber());
        raised.fire(new PurchaseOrderRaised(po));
        return po;
    }

    /** The answer to a receipt: what came in, and which waiting lines it filled. */
    public record Receipt(String reference, PurchaseOrderView purchaseOrder, List<Match> matches) {
        public record Match(String order, String sku, int quantity) {
        }
    }

    /**
     * Receives goods into the purchase order's warehouse. Restock matching runs in the same
     * transaction (it listens to the stock arriving); the answer lists its matches.
     */
    public Receipt receive(String number, ReceiptData data) {
        validation.check(data);
        // Receipts wait their turn at the stock levels they fill, as order entry does, then at
        // the purchase order, and only then read what it has received: of two receipts at once,
        // the second sees the first and is refused rather than receiving the same units again.
        Object[] idAndWarehouse = Entities.single(em.createNamedQuery(PurchaseOrder.ID_AND_WAREHOUSE, Object[].class)
                .setParameter("number", number)).orElseThrow(() -> unknown(number));
        List<String> skus = data.lines().stream().map(ReceiptData.Line::sku).toList();
        stock.lockAll((String) idAndWarehouse[1], skus);
        PurchaseOrder po = em.find(PurchaseOrder.class, idAndWarehouse[0], LockModeType.PESSIMISTIC_WRITE);
        List<PurchaseOrderLine> lines = po.checkReceipt(skus, data.lines().stream().map(ReceiptData.Line::quantity).toList());
        String reference = numbers.next(DocumentKind.RECEIPT);
        String source = number + " receipt " + reference;
        for (int i = 0; i < lines.size(); i++) {
            PurchaseOrderLine line = lines.get(i);
            int quantity = data.lines().get(i).quantity();
            line.receive(quantity);
            stock.receive(po.getWarehouse().getCode(), line.getProduct().getSku(), quantity, source, reference);
        }
        po.updateStatus();
        List<Receipt.Match> matches = matchesMade.lines().stream()
                .map(filled -> new Receipt.Match(filled.order(), filled.sku(), filled.quantity())).toList();
        String received = data.lines().stream().map(line -> line.quantity() + " x " + line.sku()).collect(Collectors.joining(", "));
        audit.record("purchase-order.received", number, reference + ": " + received + "; " + Words.count(matches.size(), "waiting line") + " filled");
        return new Receipt(reference, PurchaseOrderView.of(po), matches);
    }

    public PurchaseOrderView confirmShipment(String number) {
        PurchaseOrder po = find(number);
        po.confirmShipment();
        audit.record("purchase-order.drop-ship-confirmed", number, null);
        return PurchaseOrderView.of(po);
    }

    public PurchaseOrderView get(String number) {
        return PurchaseOrderView.of(find(number));
    }

    PurchaseOrder find(String number) {
        return Entities.single(em.createNamedQuery(PurchaseOrder.BY_NUMBER, PurchaseOrder.class).setParameter("number", number))
                .orElseThrow(() -> unknown(number));
    }

    private static Problem unknown(String number) {
        return Problem.notFound("number", "Unknown purchase order '" + number + "'.");
    }

    public Page<PurchaseOrderView> search(PurchaseOrderStatus wanted, String supplier, String sku, PageRequest page) {
        return search(wanted, supplier, sku, null, page);
    }

    /** The columns the purchase-order list sorts by (newest first unless asked otherwise). */
    static final Map<String, String> SORTS = Map.of("number", "p.id", "supplier", "s.code", "type", "p.type", "status", "p.status",
            "created", "p.createdAt");

    public Page<PurchaseOrderView> search(PurchaseOrderStatus wanted, String supplier, String sku, String sort, PageRequest page) {
        Where where = suppliers.filter(supplier).in(new Where().and("p.status = :status", "status", wanted), "s", "supplier", "code");
        products.filter(sku).in(where, "exists (select l from PurchaseOrderLine l where l.purchaseOrder = p and %s)", "l.product", "sku", "sku");
        var items = em.createQuery(PurchaseOrder.LIST + where.clause() + Sorting.orderBy(sort, SORTS, "-created", "p"), PurchaseOrder.class);
        var count = em.createQuery(PurchaseOrder.COUNT + where.clause(), Long.class);
        return Page.of(where.bind(items), where.bind(count), page).map(PurchaseOrderView::of);
    }

    public List<String> numbersFor(SalesOrder order) {
        return em.createNamedQuery(PurchaseOrder.OF_ORDER, String.class).setParameter("order", order).getResultList();
    }

}
