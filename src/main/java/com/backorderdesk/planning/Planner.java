package com.backorderdesk.planning;

import com.backorderdesk.planning.Plan.DropShip;
import com.backorderdesk.planning.Plan.LinePlan;
import com.backorderdesk.planning.Plan.Transfer;
import com.backorderdesk.planning.Plan.Pick;
import com.backorderdesk.planning.Plan.Replenishment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what happens to an order (docs/DESIGN.md, "The six backorder strategies"). Plain Java
 * without JPA, CDI or HTTP, so it runs in milliseconds and can be run for every policy.
 *
 * <p>First each line takes what the order's own warehouse has. Then, line by line, the
 * sourcing strategies of the policy cover the shortfall in their listed order:
 * MULTI_WAREHOUSE ships from other warehouses, TRANSFER moves stock from them (both in
 * priority order), DROP_SHIP has the supplier ship the rest. The terminal strategy decides
 * about what is still uncovered: PARK holds everything until the order is complete,
 * BACKORDER ships what it can and lets the rest wait, SPLIT ships what it can, completes the
 * order and opens a child order for the rest.
 */
public final class Planner {

    public Plan plan(PlanInput input) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        for (PlanInput.Site site : input.sites()) {
            available.put(site.code(), new HashMap<>(site.available()));
        }
        available.putIfAbsent(input.warehouse(), new HashMap<>());

        List<Sourcing> sourced = new ArrayList<>();
        for (PlanInput.Line line : input.lines()) {
            sourced.add(source(line, input, available));
        }
        return switch (input.policy().terminal()) {
            case PARK -> park(input, sourced);
            case SPLIT -> split(input, sourced);
            default -> backorder(input, sourced);
        };
    }

    /** Where one line's quantity comes from, before the terminal strategy speaks. */
    private static final class Sourcing {
        final PlanInput.Line line;
        final Map<String, Integer> picks = new LinkedHashMap<>();
        final Map<String, Integer> transfers = new LinkedHashMap<>();
        int dropShip;
        int shortfall;

        Sourcing(PlanInput.Line line) {
            this.line = line;
        }

        int picked() {
            return picks.values().stream().mapToInt(Integer::intValue).sum();
        }

        int transferred() {
            return transfers.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Sourcing source(PlanInput.Line line, PlanInput input, Map<String, Map<String, Integer>> available) {
        Sourcing s = new Sourcing(line);
        String sku = line.sku();
        int local = take(available.get(input.warehouse()), sku, line.quantity());
        if (local > 0) {
            s.picks.put(input.warehouse(), local);
        }
        s.shortfall = line.quantity() - local;
        for (Strategy strategy : input.policy().strategies()) {
            if (s.shortfall == 0 || strategy.isTerminal()) {
                break;
            }
            switch (strategy) {
                case MULTI_WAREHOUSE, TRANSFER -> {
                    for (PlanInput.Site site : input.sites()) {
                        if (s.shortfall == 0) {
                            break;
                        }
                        if (site.code().equals(input.warehouse())) {
                            continue;
                        }
                        int got = take(available.get(site.code()), sku, s.shortfall);
                        if (got > 0) {
                            (strategy == Strategy.TRANSFER ? s.transfers : s.picks).merge(site.code(), got, Integer::sum);
                            s.shortfall -= got;
                        }
                    }
                }
                case DROP_SHIP -> {
                    PlanInput.Item item = input.items().get(sku);
                    if (item != null && item.canDropShip()) {
                        s.dropShip = s.shortfall;
                        s.shortfall = 0;
                    }
                }
                default -> throw new IllegalStateException(strategy + " is not a sourcing strategy");
            }
        }
        return s;
    }

    private static int take(Map<String, Integer> stock, String sku, int wanted) {
        int has = stock.getOrDefault(sku, 0);
        int got = Math.max(0, Math.min(has, wanted));
        stock.put(sku, has - got);
        return got;
    }

    /** Ship-complete: hold everything until nothing is missing, then ship it all at once. */
    private Plan park(PlanInput input, List<Sourcing> sourced) {
        boolean complete = sourced.stream().allMatch(s -> s.shortfall == 0 && s.transfers.isEmpty());
        List<LinePlan> lines = new ArrayList<>();
        List<Pick> picks = new ArrayList<>();
        for (Sourcing s : sourced) {
            int picked = s.picked();
            lines.add(new LinePlan(s.line.sku(), s.line.quantity(), complete ? picked : 0, complete ? 0 : picked,
                    s.transferred(), s.dropShip, s.shortfall));
            s.picks.forEach((warehouse, qty) -> picks.add(new Pick(warehouse, s.line.sku(), qty, complete)));
        }
        return new Plan(complete ? OrderStatus.COMPLETED : OrderStatus.PARKED, lines, picks, moves(input, sourced, false),
                dropShips(input, sourced), replenishments(input, lines), List.of());
    }

    /** Ship what can ship now; the rest waits on this order. */
    private Plan backorder(PlanInput input, List<Sourcing> sourced) {
        List<LinePlan> lines = new ArrayList<>();
        for (Sourcing s : sourced) {
            lines.add(new LinePlan(s.line.sku(), s.line.quantity(), s.picked(), 0, s.transferred(), s.dropShip, s.shortfall));
        }
        return new Plan(statusOf(lines), lines, shippedPicks(sourced), moves(input, sourced, false),
                dropShips(input, sourced), replenishments(input, lines), List.of());
    }

    /** Ship what can ship now and complete the order; a child order waits for the rest. */
    private Plan split(PlanInput input, List<Sourcing> sourced) {
        boolean nothingProcessed = sourced.stream().allMatch(s -> s.picked() == 0 && s.dropShip == 0);
        boolean nothingLeft = sourced.stream().allMatch(s -> s.shortfall == 0 && s.transfers.isEmpty());
        if (nothingProcessed || nothingLeft) {
            return backorder(input, sourced);
        }
        List<LinePlan> parent = new ArrayList<>();
        List<LinePlan> child = new ArrayList<>();
        for (Sourcing s : sourced) {
            int processed = s.picked() + s.dropShip;
            if (processed > 0) {
                parent.add(new LinePlan(s.line.sku(), processed, s.picked(), 0, 0, s.dropShip, 0));
            }
            int rest = s.transferred() + s.shortfall;
            if (rest > 0) {
                child.add(new LinePlan(s.line.sku(), rest, 0, 0, s.transferred(), 0, s.shortfall));
            }
        }
        return new Plan(OrderStatus.COMPLETED, parent, shippedPicks(sourced), moves(input, sourced, true),
                dropShips(input, sourced), replenishments(input, child), child);
    }

    static OrderStatus statusOf(List<LinePlan> lines) {
        int processed = lines.stream().mapToInt(LinePlan::processed).sum();
        int quantity = lines.stream().mapToInt(LinePlan::quantity).sum();
        return OrderStatus.of(quantity, processed, quantity - processed, false);
    }

    private static List<Pick> shippedPicks(List<Sourcing> sourced) {
        List<Pick> picks = new ArrayList<>();
        for (Sourcing s : sourced) {
            s.picks.forEach((warehouse, qty) -> picks.add(new Pick(warehouse, s.line.sku(), qty, true)));
        }
        return picks;
    }

    private static List<Transfer> moves(PlanInput input, List<Sourcing> sourced, boolean forChild) {
        List<Transfer> moves = new ArrayList<>();
        for (Sourcing s : sourced) {
            s.transfers.forEach((from, qty) -> moves.add(new Transfer(from, input.warehouse(), s.line.sku(), qty, forChild)));
        }
        return moves;
    }

    private static List<DropShip> dropShips(PlanInput input, List<Sourcing> sourced) {
        List<DropShip> drops = new ArrayList<>();
        for (Sourcing s : sourced) {
            if (s.dropShip > 0) {
                drops.add(new DropShip(input.items().get(s.line.sku()).supplier(), s.line.sku(), s.dropShip));
            }
        }
        return drops;
    }

    /**
     * Per product at the order's warehouse: waiting backorders + minimum stock - on order, when
     * positive (docs/DESIGN.md, "Purchase orders raised for a shortfall").
     */
    private static List<Replenishment> replenishments(PlanInput input, List<LinePlan> lines) {
        List<Replenishment> result = new ArrayList<>();
        for (LinePlan line : lines) {
            if (line.backordered() > 0) {
                PlanInput.Item item = input.items().get(line.sku());
                int toOrder = item.waitingBackorders() + line.backordered() + item.minStock() - item.onOrder();
                if (toOrder > 0) {
                    result.add(new Replenishment(input.warehouse(), item.supplier(), line.sku(), toOrder));
                }
            }
        }
        return result;
    }
}
