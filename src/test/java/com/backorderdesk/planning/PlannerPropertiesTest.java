package com.backorderdesk.planning;

import com.backorderdesk.planning.Plan.LinePlan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random stock, orders and policies: the planner never loses a unit and never takes one twice. */
class PlannerPropertiesTest {

    private static final List<String> WAREHOUSES = List.of("MAIN", "EAST", "WEST");
    private static final List<String> SKUS = List.of("A", "B", "C", "D");

    @Property(tries = 500)
    void everyQuantityIsAccountedForAndNoWarehouseGivesMoreThanItHas(@ForAll("inputs") PlanInput input) {
        Plan plan = new Planner().plan(input);

        Map<String, Integer> planned = new HashMap<>();
        for (LinePlan line : plan.lines()) {
            assertEquals(line.quantity(), line.shipNow() + line.held() + line.inTransfer() + line.dropShipped() + line.backordered());
            planned.merge(line.sku(), line.quantity(), Integer::sum);
        }
        for (LinePlan line : plan.childLines()) {
            assertEquals(0, line.processed(), "a child order has processed nothing yet");
            planned.merge(line.sku(), line.quantity(), Integer::sum);
        }
        for (PlanInput.Line line : input.lines()) {
            assertEquals(line.quantity(), planned.get(line.sku()), "parent and child together carry the ordered quantity of " + line.sku());
        }

        Map<String, Integer> taken = new HashMap<>();
        plan.picks().forEach(p -> taken.merge(p.warehouse() + "/" + p.sku(), p.quantity(), Integer::sum));
        plan.transfers().forEach(m -> taken.merge(m.from() + "/" + m.sku(), m.quantity(), Integer::sum));
        for (PlanInput.Site site : input.sites()) {
            for (String sku : SKUS) {
                int took = taken.getOrDefault(site.code() + "/" + sku, 0);
                assertTrue(took <= site.available(sku), site.code() + " gave " + took + " of " + sku + " but had " + site.available(sku));
            }
        }

        boolean anyWaiting = plan.lines().stream().anyMatch(l -> l.backordered() + l.inTransfer() + l.held() > 0);
        if (plan.status() == OrderStatus.COMPLETED) {
            assertTrue(!anyWaiting, "a completed order has nothing waiting");
        }
        if (!input.policy().uses(Strategy.DROP_SHIP)) {
            assertTrue(plan.dropShips().isEmpty());
        }
        if (!input.policy().uses(Strategy.TRANSFER)) {
            assertTrue(plan.transfers().isEmpty());
        }
        if (!input.policy().uses(Strategy.MULTI_WAREHOUSE)) {
            assertTrue(plan.picks().stream().allMatch(p -> p.warehouse().equals(input.warehouse())));
        }
        plan.replenishments().forEach(r -> assertTrue(r.quantity() > 0));
    }

    @Provide
    Arbitrary<PlanInput> inputs() {
        Arbitrary<Map<String, Integer>> siteStock = Arbitraries.maps(Arbitraries.of(SKUS), Arbitraries.integers().between(0, 12)).ofMaxSize(4);
        Arbitrary<List<Map<String, Integer>>> stock = siteStock.list().ofSize(WAREHOUSES.size());
        Arbitrary<Map<String, Integer>> lines = Arbitraries.maps(Arbitraries.of(SKUS), Arbitraries.integers().between(1, 20)).ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Strategy>> sourcing = Arbitraries.of(Strategy.MULTI_WAREHOUSE, Strategy.TRANSFER, Strategy.DROP_SHIP).list().uniqueElements().ofMaxSize(3);
        Arbitrary<Strategy> terminal = Arbitraries.of(Strategy.PARK, Strategy.BACKORDER, Strategy.SPLIT);
        Arbitrary<List<Boolean>> dropShippable = Arbitraries.of(true, false).list().ofSize(SKUS.size());
        Arbitrary<String> orderWarehouse = Arbitraries.of(WAREHOUSES);
        return Combinators.combine(stock, lines, sourcing, terminal, dropShippable, orderWarehouse).as((s, l, src, term, drop, wh) -> {
            List<PlanInput.Site> sites = new ArrayList<>();
            for (int i = 0; i < WAREHOUSES.size(); i++) {
                sites.add(new PlanInput.Site(WAREHOUSES.get(i), s.get(i)));
            }
            Map<String, PlanInput.Item> items = new HashMap<>();
            for (int i = 0; i < SKUS.size(); i++) {
                items.put(SKUS.get(i), new PlanInput.Item(SKUS.get(i), "SUP", i, drop.get(i), BigDecimal.ONE, i, 1));
            }
            List<Strategy> policy = new ArrayList<>(src);
            policy.add(term);
            return new PlanInput(wh, l.entrySet().stream().map(e -> new PlanInput.Line(e.getKey(), e.getValue())).toList(),
                    new BackorderPolicy(policy), sites, items);
        });
    }
}
