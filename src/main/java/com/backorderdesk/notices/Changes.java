package com.backorderdesk.notices;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed for the customer since they were last told, of the things they care about: a
 * waiting part now ships, a waiting line's expected date moved by more than the slack (or
 * became known), nothing waits any more. Anything else (a clerk's note, a record picked) is
 * not worth a mail.
 *
 * @param ships    per line, how many more units ship than when last told
 * @param moved    waiting lines whose date moved, with the date told before
 * @param finished nothing waits any more (complete, or the rest cancelled)
 */
public record Changes(List<Shipped> ships, List<Moved> moved, boolean finished) {

    public record Shipped(String sku, String name, int quantity) {
    }

    public record Moved(String sku, String name, String from, String to) {
    }

    public static Changes between(CustomerView told, CustomerView now, int slackDays) {
        List<Shipped> ships = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        for (CustomerView.Line line : now.lines()) {
            CustomerView.Line before = told.line(line.sku());
            int shippedBefore = before == null ? 0 : before.shipping();
            if (line.shipping() > shippedBefore) {
                ships.add(new Shipped(line.sku(), line.name(), line.shipping() - shippedBefore));
            }
            String from = before == null ? null : before.expected();
            if (line.waiting() > 0 && line.expected() != null && (from == null
                    || Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(line.expected()))) > slackDays)) {
                moved.add(new Moved(line.sku(), line.name(), from, line.expected()));
            }
        }
        return new Changes(List.copyOf(ships), List.copyOf(moved), told.waiting() && !now.waiting());
    }

    public boolean any() {
        return !ships.isEmpty() || !moved.isEmpty() || finished;
    }
}
