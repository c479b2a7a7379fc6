package com.backorderdesk.notices;

import java.util.List;

/**
 * An order as its customer sees it: per line what ships (is on its way to them or shipped),
 * what still waits and when it is expected; where what ships comes from. What a customer is
 * told is kept in this shape, and the next look at the order is compared with it ({@link Changes}).
 *
 * @param parentOrder the order this one was split from (its shipped part is in {@code dispatches})
 * @param cancellable units waiting that a choice can still cancel (backordered or held)
 * @param unpicked    units on pick-pack-ship records nobody has started to pick
 */
public record CustomerView(String order, String parentOrder, String customerName, String warehouse, boolean waiting,
                           boolean shipsComplete, List<Line> lines, List<Dispatch> dispatches, int cancellable, int unpicked) {

    /**
     * One product of the order. {@code shipping}: on a pick-pack-ship record or shipped by the
     * supplier; {@code waiting}: backordered, held or in transfer; {@code expected}: the date the
     * waiting units are expected at the customer (ISO), null when nothing waits or no date is known.
     */
    public record Line(String sku, String name, int ordered, int shipping, int waiting, int cancelled, String expected) {
    }

    /** What ships from where: a warehouse's pick-pack-ship record, or the supplier (drop-ship). */
    public record Dispatch(String from, String order, List<String> items) {
    }

    Line line(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst().orElse(null);
    }

    public int totalShipping() {
        return lines.stream().mapToInt(Line::shipping).sum();
    }
}
