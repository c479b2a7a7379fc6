package com.backorderdesk.planning;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares backorder policies for one order before it is placed: runs the {@link Planner} for
 * each candidate (no side effects) and measures what each means for the customer and the
 * business. Recommends the one with the lowest extra cost plus a price per day of waiting
 * (the weight of speed against cost). Plain Java, like the planner.
 */
public final class Advisor {

    /** How the reason writes an amount: plain ("15.00"), or in the system's currency as the pages give it. */
    private final Function<BigDecimal, String> money;

    public Advisor() {
        this(BigDecimal::toPlainString);
    }

    public Advisor(Function<BigDecimal, String> money) {
        this.money = money;
    }

    /**
     * What waiting and moving cost; {@code costPerDay} weighs speed against cost. A shipment
     * beyond the first costs {@code freightPerShipment}; one that leaves from another warehouse
     * than the order's also {@code remoteShipment} (it travels further). A transfer takes the
     * days of its lane (key {@link #lane}), else {@code transferDays}. Stock that
     * comes by purchase order is at the customer {@code handlingDays} after it reaches the
     * warehouse; a drop-ship skips that leg.
     */
    public record Costs(BigDecimal transferPerUnit, BigDecimal dropShipPerUnit, BigDecimal freightPerShipment, BigDecimal remoteShipment,
                        BigDecimal costPerDay, int transferDays, int handlingDays, Map<String, Integer> lanes) {
        public static final Costs DEFAULT = new Costs(new BigDecimal("0.50"), new BigDecimal("2.00"), new BigDecimal("15.00"),
                new BigDecimal("10.00"), new BigDecimal("5.00"), 2, 2, Map.of());

        public Costs {
            lanes = Map.copyOf(lanes);
        }

        public int transferDays(String from, String to) {
            return lanes.getOrDefault(lane(from, to), transferDays);
        }

        /** The key of the lane from one warehouse to another in {@code lanes}. */
        public static String lane(String from, String to) {
            return from + ">" + to;
        }
    }

    public record Option(List<String> policy, int shipNowQuantity, BigDecimal shipNowValue, int shipments, LocalDate completeBy,
                         BigDecimal extraCost, int purchaseOrders, List<String> belowMinimum, BigDecimal score) {
    }

    public record Advice(List<Option> options, List<String> recommended, String reason) {
    }

    private final Planner planner = new Planner();

    /**
     * The candidates: the order's default (customer's or system's), the system default, each
     * single strategy, and the best combinations; an option is kept only if each of its sourcing
     * strategies applies (finds stock elsewhere, a product to drop-ship), defaults always.
     */
    public static List<BackorderPolicy> candidates(List<BackorderPolicy> defaults) {
        Set<BackorderPolicy> set = new LinkedHashSet<>(defaults);
        set.addAll(BackorderPolicy.COMMON);
        return List.copyOf(set);
    }

    /**
     * @param input      the order and the stock (its policy is ignored)
     * @param leadTimes  supplier lead time in days per SKU
     * @param defaults   the policy the order would get by default (customer's or system's) first, then any other default to show
     */
    public Advice advise(PlanInput input, Map<String, Integer> leadTimes, List<BackorderPolicy> defaults, LocalDate today, Costs costs) {
        List<Option> options = new ArrayList<>();
        for (BackorderPolicy policy : candidates(defaults)) {
            Plan plan = planner.plan(new PlanInput(input.warehouse(), input.lines(), policy, input.sites(), input.items()));
            if (defaults.contains(policy) || applies(policy, plan, input.warehouse())) {
                options.add(measure(policy, plan, input, leadTimes, today, costs));
            }
        }
        Option best = options.stream().min(Comparator.comparing(Option::score).thenComparing(o -> -o.shipNowQuantity())).orElseThrow();
        Option base = options.get(0);
        return new Advice(options, best.policy(), reason(best, base, today));
    }

    /** Every sourcing strategy of the policy does something in its plan. */
    static boolean applies(BackorderPolicy policy, Plan plan, String warehouse) {
        return policy.strategies().stream().allMatch(strategy -> switch (strategy) {
            case MULTI_WAREHOUSE -> plan.picks().stream().anyMatch(p -> !p.warehouse().equals(warehouse));
            case TRANSFER -> !plan.transfers().isEmpty();
            case DROP_SHIP -> !plan.dropShips().isEmpty();
            case PARK, BACKORDER, SPLIT -> true;
        });
    }

    private static Option measure(BackorderPolicy policy, Plan plan, PlanInput input, Map<String, Integer> leadTimes, LocalDate today, Costs costs) {
        int shipNow = 0;
        BigDecimal value = BigDecimal.ZERO;
        long days = 0;
        int transferred = 0;
        int dropShipped = 0;
        List<Plan.LinePlan> all = new ArrayList<>(plan.lines());
        all.addAll(plan.childLines());
        for (Plan.LinePlan line : all) {
            shipNow += line.shipNow();
            value = value.add(input.items().get(line.sku()).unitPrice().multiply(BigDecimal.valueOf(line.shipNow())));
            int lead = leadTimes.getOrDefault(line.sku(), 0);
            if (line.backordered() > 0) {
                days = Math.max(days, lead + costs.handlingDays());
            }
            if (line.dropShipped() > 0) {
                days = Math.max(days, lead);
            }
            transferred += line.inTransfer();
            dropShipped += line.dropShipped();
        }
        for (Plan.Transfer move : plan.transfers()) {
            days = Math.max(days, costs.transferDays(move.from(), move.to()));
        }
        boolean waits = all.stream().anyMatch(l -> l.backordered() + l.inTransfer() + l.held() > 0);
        Set<String> dropSuppliers = new TreeSet<>();
        plan.dropShips().forEach(d -> dropSuppliers.add(d.supplier()));
        Set<String> shipping = new TreeSet<>(plan.shipments().keySet());
        int shipments = shipping.size() + dropSuppliers.size() + (waits ? 1 : 0);
        if (policy.shipsComplete() && waits) {
            shipping.clear();
            plan.picks().forEach(p -> shipping.add(p.warehouse()));
            shipments = Math.max(1, shipping.size()) + dropSuppliers.size();
        }
        long remote = shipping.stream().filter(w -> !w.equals(input.warehouse())).count();
        BigDecimal extra = costs.transferPerUnit().multiply(BigDecimal.valueOf(transferred))
                .add(costs.dropShipPerUnit().multiply(BigDecimal.valueOf(dropShipped)))
                .add(costs.freightPerShipment().multiply(BigDecimal.valueOf(Math.max(0, shipments - 1))))
                .add(costs.remoteShipment().multiply(BigDecimal.valueOf(remote)))
                .setScale(2, RoundingMode.HALF_UP);
        Set<String> suppliers = new TreeSet<>(dropSuppliers);
        plan.replenishments().forEach(r -> suppliers.add(r.supplier() + "/" + r.warehouse()));
        BigDecimal score = extra.add(costs.costPerDay().multiply(BigDecimal.valueOf(days)));
        return new Option(policy.names(), shipNow, value.setScale(2, RoundingMode.HALF_UP), shipments, today.plusDays(days), extra,
                suppliers.size(), belowMinimum(plan, input), score);
    }

    /** Warehouse/SKU pairs left below the product's minimum stock by what the plan takes. */
    private static List<String> belowMinimum(Plan plan, PlanInput input) {
        Map<String, Integer> taken = new HashMap<>();
        plan.picks().forEach(p -> taken.merge(p.warehouse() + "/" + p.sku(), p.quantity(), Integer::sum));
        plan.transfers().forEach(m -> taken.merge(m.from() + "/" + m.sku(), m.quantity(), Integer::sum));
        List<String> below = new ArrayList<>();
        for (PlanInput.Site site : input.sites()) {
            for (PlanInput.Line line : input.lines()) {
                int took = taken.getOrDefault(site.code() + "/" + line.sku(), 0);
                int min = input.items().get(line.sku()).minStock();
                if (took > 0 && site.available(line.sku()) - took < min) {
                    below.add(site.code() + ":" + line.sku());
                }
            }
        }
        return below;
    }

    private String reason(Option best, Option base, LocalDate today) {
        String name = String.join(" then ", best.policy());
        long sooner = ChronoUnit.DAYS.between(best.completeBy(), base.completeBy());
        BigDecimal more = best.extraCost().subtract(base.extraCost());
        if (best.policy().equals(base.policy())) {
            return name + ": the default is already best, complete by " + best.completeBy() + " for " + money.apply(best.extraCost()) + " extra.";
        }
        String time = sooner > 0 ? "complete " + sooner + " days sooner" : sooner < 0 ? "complete " + (-sooner) + " days later" : "complete as soon";
        String other = String.join(" then ", base.policy());
        String cost = more.signum() > 0 ? " for " + money.apply(more) + " more than " + other
                : more.signum() < 0 ? " and " + money.apply(more.negate()) + " cheaper than " + other : " at the same cost as " + other;
        return name + ": " + time + cost + ".";
    }
}
