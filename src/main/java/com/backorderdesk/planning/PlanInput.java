package com.backorderdesk.planning;


import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the planner needs to know, as plain values: the order's warehouse and lines
 * (one per SKU), the policy, the active warehouses in priority order with what each has
 * available, and facts about each product at the order's warehouse.
 */
public record PlanInput(String warehouse, List<Line> lines, BackorderPolicy policy, List<Site> sites,
                        Map<String, Item> items) {

    public PlanInput {
        lines = List.copyOf(lines);
        sites = List.copyOf(sites);
        items = Map.copyOf(items);
        if (lines.stream().map(Line::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("one line per SKU");
        }
    }

    /** An order line: a product and a quantity of at least 1. */
    public record Line(String sku, int quantity) {
        public Line {
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity must be at least 1");
            }
        }
    }

    /** A warehouse: its code and available quantity per SKU (missing: 0). Sites come in priority order. */
    public record Site(String code, Map<String, Integer> available) {
        public Site {
            available = Map.copyOf(available);
        }

        int available(String sku) {
            return available.getOrDefault(sku, 0);
        }
    }

    /**
     * A product: its supplier, minimum stock, whether it can be drop-shipped (the product allows
     * it and its supplier drop-ships), unit price, and at the order's warehouse what other
     * orders already wait for and what open purchase orders bring.
     */
    public record Item(String sku, String supplier, int minStock, boolean canDropShip, BigDecimal unitPrice,
                       int waitingBackorders, int onOrder) {
    }
}
