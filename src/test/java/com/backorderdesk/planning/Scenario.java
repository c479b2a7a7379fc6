package com.backorderdesk.planning;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-data builder for the planner: warehouses MAIN (1), EAST (2), WEST (3), minimum stock 0 unless said. */
final class Scenario {

    private final String warehouse;
    private final Map<String, Integer> priorities = new LinkedHashMap<>(Map.of("MAIN", 1, "EAST", 2, "WEST", 3));
    private final Map<String, Map<String, Integer>> stock = new HashMap<>();
    private final Map<String, PlanInput.Item> items = new HashMap<>();
    private final List<PlanInput.Line> lines = new ArrayList<>();

    private Scenario(String warehouse) {
        this.warehouse = warehouse;
    }

    static Scenario at(String warehouse) {
        return new Scenario(warehouse);
    }

    Scenario priority(String warehouse, int priority) {
        priorities.put(warehouse, priority);
        return this;
    }

    Scenario stock(String warehouse, String sku, int available) {
        stock.computeIfAbsent(warehouse, w -> new HashMap<>()).put(sku, available);
        item(sku);
        return this;
    }

    Scenario item(String sku) {
        items.putIfAbsent(sku, new PlanInput.Item(sku, "SUP", 0, false, BigDecimal.TEN, 0, 0));
        return this;
    }

    Scenario item(String sku, int minStock, boolean canDropShip, int waiting, int onOrder) {
        items.put(sku, new PlanInput.Item(sku, "SUP", minStock, canDropShip, BigDecimal.TEN, waiting, onOrder));
        return this;
    }

    Scenario order(String sku, int quantity) {
        item(sku);
        lines.add(new PlanInput.Line(sku, quantity));
        return this;
    }

    PlanInput input(Strategy... policy) {
        List<PlanInput.Site> sites = priorities.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new PlanInput.Site(e.getKey(), stock.getOrDefault(e.getKey(), Map.of())))
                .toList();
        return new PlanInput(warehouse, lines, BackorderPolicy.of(policy), sites, items);
    }

    Plan plan(Strategy... policy) {
        return new Planner().plan(input(policy));
    }
}
