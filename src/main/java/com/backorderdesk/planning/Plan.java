package com.backorderdesk.planning;


import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an order becomes: its status and lines, the stock it takes where, the transfers,
 * drop-ship and replenishment requirements it raises, and (SPLIT) the child order for what is
 * left. A plan is only a proposal; applying it is the service's job.
 */
public record Plan(OrderStatus status, List<LinePlan> lines, List<Pick> picks, List<Transfer> transfers,
                   List<DropShip> dropShips, List<Replenishment> replenishments, List<LinePlan> childLines) {

    /**
     * How one line's quantity divides: {@code shipNow} goes onto pick-pack-ship records now,
     * {@code held} is allocated but waits (ship-complete), {@code inTransfer} comes by transfer,
     * {@code dropShipped} goes on a drop-ship purchase order, {@code backordered} waits for stock.
     */
    public record LinePlan(String sku, int quantity, int shipNow, int held, int inTransfer, int dropShipped,
                           int backordered) {
        public LinePlan {
            if (shipNow + held + inTransfer + dropShipped + backordered != quantity) {
                throw new IllegalStateException("line " + sku + " does not add up");
            }
        }

        public int processed() {
            return shipNow + dropShipped;
        }
    }

    /** Stock taken at a warehouse for a line: onto a pick-pack-ship record now ({@code ship}) or held. */
    public record Pick(String warehouse, String sku, int quantity, boolean ship) {
    }

    /** A transfer of stock to the order's warehouse; {@code forChild}: it serves the split-off order. */
    public record Transfer(String from, String to, String sku, int quantity, boolean forChild) {
    }

    /** A quantity the supplier ships straight to the customer. */
    public record DropShip(String supplier, String sku, int quantity) {
    }

    /** A purchase requirement: what to order so the warehouse is back at its minimum once backorders are filled. */
    public record Replenishment(String warehouse, String supplier, String sku, int quantity) {
    }

    /** The pick-pack-ship records this plan creates now: per warehouse, quantity per SKU. */
    public Map<String, Map<String, Integer>> shipments() {
        return picks.stream().filter(Pick::ship).collect(Collectors.groupingBy(Pick::warehouse, TreeMap::new,
                Collectors.toMap(Pick::sku, Pick::quantity, Integer::sum, TreeMap::new)));
    }

    public boolean hasChild() {
        return !childLines.isEmpty();
    }
}
