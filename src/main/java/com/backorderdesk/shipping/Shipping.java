package com.backorderdesk.shipping;

import com.backorderdesk.platform.Sorting;
import com.backorderdesk.inventory.StockSource;
import com.backorderdesk.shipping.StockSnapshot;
import com.backorderdesk.planning.Plan;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.planning.Plan.DropShip;
import com.backorderdesk.planning.Plan.LinePlan;
import com.backorderdesk.planning.Plan.Pick;
import com.backorderdesk.planning.Plan.Replenishment;
import com.backorderdesk.inventory.MovementKind;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.inventory.StockArrived;
import com.backorderdesk.inventory.StockLevel;
import com.backorderdesk.ordering.LineHold;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.OrdersChanged;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.DocumentKind;
import com.backorderdesk.platform.Numbers;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.purchasing.PurchaseOrders;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Carries out plans and moves their documents along: allocations, pick-pack-ship records,
 * holds, transfers, drop-ship and replenishment orders; shipping records; shipping and
 * receiving transfers; releasing parked orders once complete.
 */
@Stateless
public class Shipping {

    @PersistenceContext
    EntityManager em;
    @Inject
    Numbers numbers;
    @Inject
    Stock stock;
    @Inject
    PurchaseOrders purchaseOrders;
    @Inject
    CurrentUser currentUser;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    Event<StockArrived> arrived;
    @Inject
    Event<OrdersChanged> changed;

    /**
     * Applies a plan to a new order whose levels are locked in {@code taken}. Returns the child
     * order of a SPLIT, or null.
     */
    public SalesOrder apply(SalesOrder order, Plan plan, StockSnapshot.Taken taken, Map<String, Product> products) {
        Map<String, OrderLine> lines = addLines(order, plan.lines(), products);
        em.persist(order);
        SalesOrder child = null;
        Map<String, OrderLine> childLines = Map.of();
        if (plan.hasChild()) {
            child = order.splitOff(numbers.next(DocumentKind.SALES_ORDER));
            childLines = addLines(child, plan.childLines(), products);
            em.persist(child);
        }
        Map<String, Shipment> shipments = new TreeMap<>();
        for (Pick pick : plan.picks()) {
            StockLevel level = taken.level(pick.warehouse(), pick.sku());
            level.allocate(pick.quantity());
            OrderLine line = lines.get(pick.sku());
            em.persist(new AllocationSource(line, level.getWarehouse(), pick.quantity(), StockSource.STOCK,
                    "On hand when " + order.getNumber() + " was placed", clock.instant()));
            if (pick.ship()) {
                line.process(pick.quantity());
                shipments.computeIfAbsent(pick.warehouse(), w -> newShipment(order, level.getWarehouse())).add(line, pick.quantity());
            } else {
                line.hold(pick.quantity());
                em.persist(new LineHold(line, level.getWarehouse(), pick.quantity()));
            }
        }
        shipments.values().forEach(this::open);
        for (Plan.Transfer move : plan.transfers()) {
            StockLevel source = taken.level(move.from(), move.sku());
            source.allocate(move.quantity());
            OrderLine line = (move.forChild() ? childLines : lines).get(move.sku());
            line.transfer(move.quantity());
            Transfer transfer = new Transfer(numbers.next(DocumentKind.TRANSFER), source.getWarehouse(), order.getWarehouse(),
                    products.get(move.sku()), move.quantity(), line, clock.instant());
            em.persist(transfer);
            audit.record("transfer.requested", transfer.getNumber(), order.getNumber());
        }
        Map<String, Map<Product, Integer>> dropShips = new LinkedHashMap<>();
        for (DropShip drop : plan.dropShips()) {
            lines.get(drop.sku()).dropShip(drop.quantity());
            em.persist(new AllocationSource(lines.get(drop.sku()), order.getWarehouse(), drop.quantity(), StockSource.DROP_SHIP,
                    "Supplier " + drop.supplier() + " ships to the customer", clock.instant()));
            dropShips.computeIfAbsent(drop.supplier(), s -> new LinkedHashMap<>()).put(products.get(drop.sku()), drop.quantity());
        }
        dropShips.forEach((supplier, quantities) -> purchaseOrders.dropShip(quantities.keySet().iterator().next().getSupplier(),
                order.getWarehouse(), order.getCustomer().getShipTo(), quantities, order));
        // purchase orders are locked supplier by supplier in id order, after the stock levels (see PurchaseOrders.replenish)
        for (Replenishment r : plan.replenishments().stream()
                .sorted(Comparator.comparing((Replenishment r) -> products.get(r.sku()).getSupplier().getId())).toList()) {
            purchaseOrders.replenish(order.getWarehouse(), products.get(r.sku()), r.quantity(), child == null ? order : child);
        }
        order.updateStatus();
        if (child != null) {
            child.updateStatus();
        }
        return child;
    }

    private static Map<String, OrderLine> addLines(SalesOrder order, List<LinePlan> plans, Map<String, Product> products) {
        Map<String, OrderLine> lines = new HashMap<>();
        for (LinePlan plan : plans) {
            lines.put(plan.sku(), order.addLine(products.get(plan.sku()), plan.quantity()));
        }
        return lines;
    }

    /** A new pick-pack-ship record stored, its making the first entry of its history. */
    private void open(Shipment shipment) {
        em.persist(shipment);
        audit.record("shipment.created", shipment.getNumber(), shipment.getOrder().getNumber());
    }

    public Shipment newShipment(SalesOrder order, Warehouse warehouse) {
        return new Shipment(numbers.next(DocumentKind.PICK_PACK_SHIP), order, warehouse, clock.instant());
    }

    /** A parked order that has everything: its held stock goes onto pick-pack-ship records, one per warehouse. */
    public void releaseIfComplete(SalesOrder order) {
        if (order.readyToRelease()) {
            release(order, "complete");
        }
    }

    /**
     * The customer wants what is there now: the held stock of a parked order goes onto
     * pick-pack-ship records though the order is not complete (the caller cancels the rest).
     */
    public void shipHeldNow(SalesOrder order) {
        if (order.getLines().stream().anyMatch(l -> l.getAllocated() > 0)) {
            release(order, "what is there, at the customer's request");
        }
    }

    /**
     * Cancels the pick-pack-ship records of an order that nobody has started to pick, and gives
     * their stock back; the levels of the order's products are locked by the caller.
     */
    public void cancelOpenShipments(SalesOrder order) {
        for (Shipment shipment : em.createNamedQuery(Shipment.OF_ORDER, Shipment.class).setParameter("order", order).getResultList()) {
            if (shipment.getStatus() != ShipmentStatus.OPEN) {
                continue;
            }
            for (ShipmentLine line : shipment.getLines()) {
                stock.lock(shipment.getWarehouse().getCode(), line.getOrderLine().getProduct().getSku()).release(line.getQuantity());
                line.getOrderLine().cancelProcessed(line.getQuantity());
            }
            shipment.cancel();
            audit.record("shipment.cancelled", shipment.getNumber(), order.getNumber());
        }
        order.updateStatus();
    }

    private void release(SalesOrder order, String why) {
        Map<String, Shipment> shipments = new TreeMap<>();
        for (LineHold hold : em.createNamedQuery(LineHold.OF_ORDER, LineHold.class).setParameter("order", order).getResultList()) {
            shipments.computeIfAbsent(hold.getWarehouse().getCode(), w -> newShipment(order, hold.getWarehouse()))
                    .add(hold.getLine(), hold.getQuantity());
            em.remove(hold);
        }
        shipments.values().forEach(this::open);
        order.getLines().forEach(OrderLine::releaseHeld);
        order.updateStatus();
        audit.record("order.released", order.getNumber(), why + ": " + shipments.keySet());
    }

    /** Cancels what still waits on an order and gives back the stock it held. */
    public void cancelWaiting(SalesOrder order) {
        stock.lockEverywhere(order.getLines().stream().map(line -> line.getProduct().getSku()).toList());
        for (LineHold hold : em.createNamedQuery(LineHold.OF_ORDER, LineHold.class).setParameter("order", order).getResultList()) {
            stock.lock(hold.getWarehouse().getCode(), hold.getLine().getProduct().getSku()).release(hold.getQuantity());
            em.remove(hold);
        }
        order.getLines().forEach(OrderLine::cancelWaiting);
        order.updateStatus();
    }

    /** OPEN -> PICKED -> PACKED -> SHIPPED; shipping takes the stock off on-hand through the ledger. */
    public ShipmentView advance(String number, ShipmentStatus wanted) {
        if (wanted == ShipmentStatus.SHIPPED) {
            // the levels first, and only then the record and its lines, as they are after the lock
            List<Object[]> levels = em.createNamedQuery(Shipment.LEVELS_OF, Object[].class).setParameter("number", number).getResultList();
            if (!levels.isEmpty()) { // a record ships from one warehouse
                stock.lockAll((String) levels.get(0)[0], levels.stream().map(l -> (String) l[1]).toList());
            }
        }
        Shipment shipment = shipment(number);
        shipment.advanceTo(wanted);
        if (wanted == ShipmentStatus.SHIPPED) {
            for (ShipmentLine line : shipment.getLines()) {
                StockLevel level = stock.lock(shipment.getWarehouse().getCode(), line.getOrderLine().getProduct().getSku());
                em.persist(level.issue(line.getQuantity(), MovementKind.SHIPMENT, clock.instant(), currentUser.name(),
                        "Shipped for " + shipment.getOrder().getNumber(), shipment.getNumber()));
                line.getOrderLine().shipped(line.getQuantity());
            }
        }
        audit.record("shipment." + wanted.name().toLowerCase(Locale.ROOT), number, shipment.getOrder().getNumber());
        return ShipmentView.of(shipment);
    }

    /** The stock leaves the source warehouse. */
    public TransferView ship(String number) {
        lockLevelOf(number, true);
        Transfer transfer = transfer(number);
        transfer.ship();
        StockLevel source = stock.lock(transfer.getFrom().getCode(), transfer.getProduct().getSku());
        em.persist(source.issue(transfer.getQuantity(), MovementKind.TRANSFER_OUT, clock.instant(), currentUser.name(),
                "Transfer to " + transfer.getTo().getCode(), transfer.getNumber()));
        audit.record("transfer.shipped", number, null);
        return TransferView.of(transfer);
    }

    /**
     * The stock arrives and goes to the waiting line: held for a parked order (released once it
     * is complete), onto a new pick-pack-ship record otherwise. Then restock matching runs at
     * the destination, as for any stock that comes in.
     */
    public TransferView receive(String number) {
        lockLevelOf(number, false);
        Transfer transfer = transfer(number);
        transfer.receive();
        StockLevel destination = stock.lock(transfer.getTo().getCode(), transfer.getProduct().getSku());
        em.persist(destination.receive(transfer.getQuantity(), MovementKind.TRANSFER_IN, clock.instant(), currentUser.name(),
                "Transfer from " + transfer.getFrom().getCode(), transfer.getNumber()));
        OrderLine line = transfer.getOrderLine();
        if (line != null && line.getInTransfer() >= transfer.getQuantity()) {
            SalesOrder order = line.getOrder();
            destination.allocate(transfer.getQuantity());
            boolean hold = order.holdsArrivals();
            line.transferArrived(transfer.getQuantity(), hold);
            em.persist(new AllocationSource(line, transfer.getTo(), transfer.getQuantity(), StockSource.TRANSFER,
                    transfer.getNumber() + " from " + transfer.getFrom().getCode(), clock.instant()));
            if (hold) {
                em.persist(new LineHold(line, transfer.getTo(), transfer.getQuantity()));
            } else {
                Shipment shipment = newShipment(order, transfer.getTo());
                shipment.add(line, transfer.getQuantity());
                open(shipment);
            }
            order.updateStatus();
            releaseIfComplete(order);
            changed.fire(new OrdersChanged(List.of(order.getId())));
        }
        // what its line did not take (none, as long as the line waits for it) goes to the destination's waiting lines
        arrived.fire(new StockArrived(transfer.getProduct().getSku(), transfer.getTo().getCode(), transfer.getQuantity(),
                transfer.getNumber() + " from " + transfer.getFrom().getCode(), StockSource.TRANSFER));
        audit.record("transfer.received", number, null);
        return TransferView.of(transfer);
    }

    public List<ShipmentView> shipmentsOf(SalesOrder order) {
        return em.createNamedQuery(Shipment.OF_ORDER, Shipment.class).setParameter("order", order).getResultStream()
                .map(ShipmentView::of).toList();
    }

    public List<TransferView> transfersOf(SalesOrder order) {
        return em.createNamedQuery(Transfer.OF_ORDER, Transfer.class).setParameter("order", order).getResultStream()
                .map(TransferView::of).toList();
    }

    /** A pick-pack-ship record as it is printed: who it goes to, where, and where each product lies. */
    public record PickList(ShipmentView shipment, String warehouseName, String customer, String shipTo, String ordered,
                           Map<String, String> bins) {
    }

    public PickList pickList(String number) {
        Shipment shipment = shipment(number);
        SalesOrder order = shipment.getOrder();
        Map<String, String> bins = new HashMap<>();
        List<String> skus = shipment.getLines().stream().map(l -> l.getOrderLine().getProduct().getSku()).toList();
        if (!skus.isEmpty()) {
            em.createQuery("select l.product.sku, l.bin from StockLevel l where l.warehouse = :warehouse and l.product.sku in :skus and l.bin is not null",
                            Object[].class).setParameter("warehouse", shipment.getWarehouse()).setParameter("skus", skus)
                    .getResultStream().forEach(row -> bins.put((String) row[0], (String) row[1]));
        }
        return new PickList(ShipmentView.of(shipment), shipment.getWarehouse().getName(), order.getCustomer().getName(),
                order.getCustomer().getShipTo(), order.getCreatedAt().toString().substring(0, 10), bins);
    }

    public ShipmentView getShipment(String number) {
        return ShipmentView.of(shipment(number));
    }

    public TransferView getTransfer(String number) {
        return TransferView.of(transfer(number));
    }

    /** The work queue of a warehouse (or all), oldest first, optionally one status only. */
    public Page<ShipmentView> queue(String warehouse, ShipmentStatus wanted, PageRequest page) {
        return queue(warehouse, wanted, null, page);
    }

    /** The columns the work queue sorts by (oldest first unless asked otherwise). */
    static final Map<String, String> QUEUE_SORTS = Map.of("record", "s.id", "order", "s.order.id", "warehouse", "w.code",
            "status", "s.status", "created", "s.createdAt");
    static final Map<String, String> TRANSFER_SORTS = Map.of("transfer", "t.id", "sku", "t.product.sku", "quantity", "t.quantity",
            "status", "t.status", "created", "t.createdAt");

    public Page<ShipmentView> queue(String warehouse, ShipmentStatus wanted, String sort, PageRequest page) {
        String wh = Filters.optional(warehouse);
        return Page.of(em.createQuery(Shipment.QUEUE_LIST + Sorting.orderBy(sort, QUEUE_SORTS, "created", "s"), Shipment.class)
                        .setParameter("warehouse", wh).setParameter("status", wanted),
                em.createNamedQuery(Shipment.QUEUE_COUNT, Long.class).setParameter("warehouse", wh).setParameter("status", wanted), page)
                .map(ShipmentView::of);
    }

    public Page<TransferView> transfers(TransferStatus wanted, PageRequest page) {
        return transfers(wanted, null, page);
    }

    public Page<TransferView> transfers(TransferStatus wanted, String sort, PageRequest page) {
        return Page.of(em.createQuery(Transfer.LIST + Sorting.orderBy(sort, TRANSFER_SORTS, "-created", "t"), Transfer.class).setParameter("status", wanted),
                em.createNamedQuery(Transfer.COUNT, Long.class).setParameter("status", wanted), page).map(TransferView::of);
    }

    private Shipment shipment(String number) {
        return Entities.single(em.createNamedQuery(Shipment.BY_NUMBER, Shipment.class).setParameter("number", number))
                .orElseThrow(() -> Problem.notFound("id", "Unknown pick-pack-ship record '" + number + "'."));
    }

    /** Locks the stock level a transfer takes from (ship) or brings to (receive) before the transfer is read. */
    private void lockLevelOf(String number, boolean source) {
        Entities.single(em.createNamedQuery(source ? Transfer.SOURCE_LEVEL : Transfer.DESTINATION_LEVEL, Object[].class)
                        .setParameter("number", number))
                .ifPresent(level -> stock.lock((String) level[0], (String) level[1]));
    }

    private Transfer transfer(String number) {
        return Entities.single(em.createNamedQuery(Transfer.BY_NUMBER, Transfer.class).setParameter("number", number))
                .orElseThrow(() -> Problem.notFound("id", "Unknown transfer '" + number + "'."));
    }

}
