package com.backorderdesk.sales;

import com.backorderdesk.web.Templates;
import com.backorderdesk.ordering.AdvisorSettings;
import com.backorderdesk.ordering.CustomerSide;
import com.backorderdesk.ordering.OrderAdvice;
import com.backorderdesk.ordering.OrderPlaced;
import com.backorderdesk.ordering.OrderView;
import com.backorderdesk.ordering.OrdersChanged;
import com.backorderdesk.ordering.Policies;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.shipping.StockSnapshot;
import com.backorderdesk.platform.Words;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.restocking.Explanations;
import com.backorderdesk.restocking.Restocking;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.InvalidPolicy;
import com.backorderdesk.catalog.Customer;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.planning.Advisor;
import com.backorderdesk.shipping.Shipping;
import com.backorderdesk.planning.Plan;
import com.backorderdesk.planning.PlanInput;
import com.backorderdesk.planning.Planner;
import com.backorderdesk.shipping.ShipmentView;
import com.backorderdesk.restocking.SourceView;
import com.backorderdesk.shipping.TransferView;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.DocumentKind;
import com.backorderdesk.platform.Numbers;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Where;
import com.backorderdesk.platform.Validation;
import com.backorderdesk.purchasing.PurchaseOrders;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Places, previews, finds and cancels sales orders. Placing one is a single transaction:
 * validate, lock the stock of its products, plan, apply.
 */
@Stateless
public class SalesOrders {

    static final int MAX_QUANTITY = 1_000_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Templates templates;
    @Inject
    Validation validation;
    @Inject
    Customers customers;
    @Inject
    Warehouses warehouses;
    @Inject
    Products products;
    @Inject
    Policies policies;
    @Inject
    StockSnapshot snapshot;
    @Inject
    Shipping shipping;
    @Inject
    Restocking restocking;
    @Inject
    Explanations explanations;
    @Inject
    Stock stock;
    @Inject
    PurchaseOrders purchaseOrders;
    @Inject
    Numbers numbers;
    @Inject
    AdvisorSettings advisorSettings;
    @Inject
    CurrentUser currentUser;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    CustomerSide customerSide;
    @Inject
    Event<OrderPlaced> placedEvent;
    @Inject
    Event<OrdersChanged> changed;

    private final Planner planner = new Planner();

    /** What the checks and the lookups of an order give: everything needed to plan it. */
    private record Checked(Customer customer, Warehouse warehouse, BackorderPolicy policy, Map<String, Integer> quantities,
                           Map<String, Product> products, boolean rush, boolean notifyCustomer) {
        Checked withPolicy(BackorderPolicy other) {
            return new Checked(customer, warehouse, other, quantities, products, rush, notifyCustomer);
        }
    }

    public OrderView place(OrderData data) {
        return place(check(data), null);
    }

    /**
     * Places the order with the policy the clerk chose from the comparison of {@code data}'s
     * policy (or the default) with the others; the comparison, as it stands now, is kept with
     * the order.
     */
    public OrderView placeCompared(OrderData data, String chosen) {
        Checked compared = check(data);
        return place(compared.withPolicy(policyField(() -> BackorderPolicy.parse(chosen))), compared.policy());
    }

    private OrderView place(Checked order, BackorderPolicy comparedWith) {
        StockSnapshot.Taken taken = snapshot.take(order.warehouse(), order.quantities(), order.products(), order.policy(), true);
        Advisor.Advice advice = comparedWith == null ? null : advise(order, taken.input(), comparedWith);
        Plan plan = planner.plan(taken.input());
        SalesOrder placed = new SalesOrder(numbers.next(DocumentKind.SALES_ORDER), order.customer(), order.warehouse(),
                order.policy(), order.rush(), clock.instant(), currentUser.name());
        if (!order.notifyCustomer()) {
            placed.withoutNotices();
        }
        SalesOrder child = shipping.apply(placed, plan, taken, order.products());
        placedEvent.fire(new OrderPlaced(placed, child));
        if (advice != null) {
            em.persist(new OrderAdvice(placed, advice, clock.instant()));
        }
        audit.record("order.placed", placed.getNumber(), Words.of(placed.getStatus()) + ", policy " + placed.getPolicy()
                + (child == null ? "" : ", child " + child.getNumber()) + (advice == null ? "" : ", chosen from the comparison"));
        return view(placed);
    }

    /** What the order would become, changing nothing. */
    public OrderView preview(OrderData data) {
        Checked order = check(data);
        Plan plan = planner.plan(snapshot.take(order.warehouse(), order.quantities(), order.products(), order.policy(), false).input());
        List<OrderView.Line> lines = plan.lines().stream().map(l -> new OrderView.Line(l.sku(), order.products().get(l.sku()).getName(),
                l.quantity(), l.held(), 0, l.inTransfer(), l.dropShipped(), l.backordered(), l.processed(), 0,
                order.products().get(l.sku()).getUnitPrice())).toList();
        List<OrderView.Shipment> shipments = new ArrayList<>();
        plan.shipments().forEach((warehouse, skus) -> shipments.add(new OrderView.Shipment(null, warehouse, "OPEN",
                skus.entrySet().stream().map(e -> new OrderView.ShipmentLine(e.getKey(), e.getValue())).toList())));
        return new OrderView(null, order.customer().getCode(), order.customer().getName(), order.warehouse().getCode(),
                plan.status().name(), order.policy().names(), order.rush(), null, plan.hasChild() ? List.of("(new order)") : List.of(),
                lines, shipments, List.of(), List.of(), null, currentUser.name(),
                order.notifyCustomer() && order.customer().wantsNotices(), List.of(), null);
    }

    /** Stock free to promise of a product: at the order's warehouse, and in all warehouses. */
    /** The advice of docs/API.md: each candidate policy measured, one recommended with its reason. */
    public record AdviceView(List<OptionView> options, List<String> recommended, String reason) {
        public record OptionView(List<String> policy, int shipNowQuantity, String shipNowValue, int shipments, String completeBy,
                                 String extraCost, int purchaseOrders, List<String> belowMinimum) {
        }

        static AdviceView of(Advisor.Advice advice) {
            return new AdviceView(advice.options().stream().map(o -> new OptionView(o.policy(), o.shipNowQuantity(),
                    o.shipNowValue().toPlainString(), o.shipments(), o.completeBy().toString(), o.extraCost().toPlainString(),
                    o.purchaseOrders(), o.belowMinimum())).toList(), advice.recommended(), advice.reason());
        }
    }

    /** Compares the candidate policies for this order, changing nothing. */
    public AdviceView advice(OrderData data) {
        Checked order = check(data);
        PlanInput input = snapshot.take(order.warehouse(), order.quantities(), order.products(), order.policy(), false).input();
        return AdviceView.of(advise(order, input, order.policy()));
    }

    private Advisor.Advice advise(Checked order, PlanInput input, BackorderPolicy reference) {
        Map<String, Integer> leadTimes = new LinkedHashMap<>();
        order.products().forEach((sku, product) -> leadTimes.put(sku, product.getSupplier().getLeadTimeDays()));
        return new Advisor(templates.format(null)::money).advise(input, leadTimes, List.of(reference, policies.systemDefault()), LocalDate.now(clock),
                advisorSettings.costs());
    }

    /** A comparison kept with an order: what was chosen, by whom, when, and the comparison as shown. */
    public record KeptAdvice(List<String> chosen, String by, String at, AdviceView advice) {
    }

    /** The comparison an order was placed from, if it was. */
    public Optional<KeptAdvice> comparison(String number) {
        return Entities.single(em.createNamedQuery(OrderAdvice.OF_ORDER, OrderAdvice.class).setParameter("number", number))
                .map(a -> new KeptAdvice(a.chosen(), a.getCreatedBy(), a.getCreatedAt().toString(), AdviceView.of(a.advice())));
    }

    /**
     * Validates everything before anything changes, and says everything it finds wrong at once
     * (an unknown customer and an unknown SKU, say); duplicate SKUs are merged into one line.
     * References are looked up, not fetched with a refusal: a refusal thrown by another bean
     * would end the transaction before the other checks.
     */
    private Checked check(OrderData data) {
        validation.check(data);
        List<Problem> problems = new ArrayList<>();
        Customer customer = customers.find(data.customer()).orElseGet(() -> noted(problems, Customers.unknown(data.customer())));
        Warehouse warehouse = warehouses.find(data.warehouse()).orElseGet(() -> noted(problems, Warehouses.unknown(data.warehouse())));
        if (warehouse != null && !warehouse.isActive()) {
            problems.add(Problem.conflict("warehouse", "Warehouse " + warehouse.getCode() + " is not active."));
        }
        BackorderPolicy policy;
        if (data.policy() != null) {
            // an empty list is a policy with no strategy: refused, not taken for "the default" (docs/DESIGN.md)
            policy = noting(problems, () -> policyField(() -> BackorderPolicy.parse(data.policy())));
        } else {
            policy = customer == null ? null : policies.of(customer);
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        Map<String, Product> found = new LinkedHashMap<>();
        Map<String, Product> known = products.find(data.lines().stream().map(OrderData.LineData::sku).toList());
        for (int i = 0; i < data.lines().size(); i++) {
            OrderData.LineData line = data.lines().get(i);
            String field = "lines[" + i + "]";
            Product product = Optional.ofNullable(known.get(line.sku())).orElseGet(() -> noted(problems,
                    Problem.notFound(field + ".sku", "Unknown product '" + line.sku() + "'.")));
            if (product == null) {
                continue;
            }
            found.put(product.getSku(), product);
            if (quantities.merge(product.getSku(), line.quantity(), Integer::sum) > MAX_QUANTITY) {
                problems.add(Problem.invalid(field + ".quantity", "The lines for " + product.getSku() + " add up to more than 1,000,000."));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.all(problems);
        }
        return new Checked(customer, warehouse, policy, quantities, found, Boolean.TRUE.equals(data.rush()),
                !Boolean.FALSE.equals(data.notifyCustomer()));
    }

    /** Notes a problem and answers nothing, so that a check goes on and finds the others. */
    private static <T> T noted(List<Problem> problems, Problem problem) {
        problems.add(problem);
        return null;
    }

    /** The value, or nothing with its refusal noted (for refusals thrown in this bean, which end no transaction). */
    private static <T> T noting(List<Problem> problems, Supplier<T> value) {
        try {
            return value.get();
        } catch (Problem problem) {
            return noted(problems, problem);
        }
    }

    /** A policy that cannot be read is a 400 on the field "policy", wherever it came from. */
    private static BackorderPolicy policyField(Supplier<BackorderPolicy> policy) {
        try {
            return policy.get();
        } catch (InvalidPolicy p) {
            throw Problem.invalid("policy", p.getMessage());
        }
    }

    public OrderView get(String number) {
        return view(find(number));
    }

    /** Where each allocated or processed unit of the order came from, and when. */
    public List<SourceView> sources(String number) {
        return restocking.sourcesOf(find(number));
    }

    /** Why each line waits (its place in the queue) and where its units came from. */
    public Explanations.Explanation explanation(String number) {
        return explanations.explain(find(number));
    }

    public SalesOrder find(String number) {
        return Entities.single(em.createNamedQuery(SalesOrder.BY_NUMBER, SalesOrder.class).setParameter("number", number))
                .orElseThrow(() -> Problem.notFound("number", "Unknown order '" + number + "'."));
    }

    /** Cancels what is still backordered (and held) on an order; what is processed or in transfer stays. */
    public OrderView cancelBackorder(String number) {
        // the order's stock levels first, and only then the order and its lines, as they are after the lock
        stock.lockEverywhere(em.createNamedQuery(SalesOrder.SKUS_OF, String.class).setParameter("number", number).getResultList());
        SalesOrder order = find(number);
        order.checkWaiting();
        shipping.cancelWaiting(order);
        changed.fire(new OrdersChanged(List.of(order.getId())));
        audit.record("order.backorder-cancelled", number, "now " + Words.of(order.getStatus()));
        return view(order);
    }

    /**
     * Orders newest first, filtered by status, customer, warehouse and number. Only reads (in a
     * transaction of its own, for the list page and the API): the queries that make each order's
     * view need not first check every order of the page for changes to flush.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Page<OrderView> search(OrderStatus wanted, String customer, String warehouse, String q, PageRequest page) {
        return search(wanted, customer, warehouse, q, null, page);
    }

    /** The columns the order list sorts by: {@code sort} is one of them, '-' first for the other way round. */
    static final Map<String, String> SORTS = Map.of("number", "o.id", "customer", "o.customer.name", "warehouse", "o.warehouse.code",
            "status", "o.status", "created", "o.createdAt");

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Page<OrderView> search(OrderStatus wanted, String customer, String warehouse, String q, String sort, PageRequest page) {
        em.setFlushMode(FlushModeType.COMMIT);
        Where where = customers.filter(customer).in(new Where().and("o.status = :status", "status", wanted)
                .and("o.warehouse.code = :warehouse", "warehouse", Filters.optional(warehouse))
                .and("lower(o.number) like :q escape '\\'", "q", Filters.optional(q) == null ? null : Page.contains(q)), "o.customer", "customer", "code");
        var items = em.createQuery("select o from SalesOrder o join fetch o.customer join fetch o.warehouse" + where.clause()
                + Sorting.orderBy(sort, SORTS, "-created", "o"), SalesOrder.class);
        var count = em.createQuery("select count(o) from SalesOrder o" + where.clause(), Long.class);
        return Page.of(where.bind(items), where.bind(count), page).map(this::view);
    }

    OrderView view(SalesOrder order) {
        List<OrderView.Line> lines = order.getLines().stream().map(l -> new OrderView.Line(l.getProduct().getSku(), l.getProduct().getName(),
                l.getQuantity(), l.getAllocated(), l.getShipped(), l.getInTransfer(), l.getDropShipped(), l.getBackordered(),
                l.getProcessed(), l.getCancelled(), l.getProduct().getUnitPrice())).toList();
        List<OrderView.Shipment> shipments = shipping.shipmentsOf(order).stream().map(SalesOrders::shipment).toList();
        return new OrderView(order.getNumber(), order.getCustomer().getCode(), order.getCustomer().getName(), order.getWarehouse().getCode(),
                order.getStatus().name(), order.getPolicy().names(), order.isRush(),
                order.getParent() == null ? null : order.getParent().getNumber(),
                em.createNamedQuery(SalesOrder.CHILDREN, String.class).setParameter("order", order).getResultList(),
                lines, shipments, purchaseOrders.numbersFor(order),
                shipping.transfersOf(order).stream().map(TransferView::id).toList(),
                order.getCreatedAt().toString(), order.getCreatedBy(), order.notifiesCustomer(),
                customerSide.notices(order), customerSide.choice(order));
    }

    private static OrderView.Shipment shipment(ShipmentView s) {
        return new OrderView.Shipment(s.id(), s.warehouse(), s.status(),
                s.lines().stream().map(l -> new OrderView.ShipmentLine(l.sku(), l.quantity())).toList());
    }
}
