package com.backorderdesk.notices;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is worth a mail to the customer, and what is not. */
class ChangesTest {

    private static CustomerView order(CustomerView.Line... lines) {
        boolean waiting = List.of(lines).stream().anyMatch(l -> l.waiting() > 0);
        return new CustomerView("SO-1", null, "BuildCo", "Main", waiting, false, List.of(lines), List.of(), 0, 0);
    }

    private static CustomerView.Line line(String sku, int shipping, int waiting, String expected) {
        return new CustomerView.Line(sku, "Product " + sku, shipping + waiting, shipping, waiting, 0, expected);
    }

    @Test
    void aWaitingPartThatShipsIsWorthAMail() {
        Changes changes = Changes.between(order(line("A", 3, 7, "2026-12-10")), order(line("A", 5, 5, "2026-12-10")), 2);
        assertEquals(List.of(new Changes.Shipped("A", "Product A", 2)), changes.ships());
        assertTrue(changes.moved().isEmpty());
        assertFalse(changes.finished());
        assertTrue(changes.any());
    }

    @Test
    void aDateMovesOnlyWhenItMovesByMoreThanTheSlack() {
        CustomerView told = order(line("A", 0, 7, "2026-12-10"), line("B", 0, 1, "2026-12-10"));
        assertFalse(Changes.between(told, order(line("A", 0, 7, "2026-12-12"), line("B", 0, 1, "2026-12-08")), 2).any(),
                "two days either way is within the slack");
        Changes later = Changes.between(told, order(line("A", 0, 7, "2026-12-13"), line("B", 0, 1, "2026-12-10")), 2);
        assertEquals(List.of(new Changes.Moved("A", "Product A", "2026-12-10", "2026-12-13")), later.moved());
    }

    @Test
    void aDateThatBecomesKnownIsWorthAMailOneThatIsLostIsNot() {
        assertEquals(1, Changes.between(order(line("A", 0, 7, null)), order(line("A", 0, 7, "2026-12-20")), 2).moved().size());
        assertFalse(Changes.between(order(line("A", 0, 7, "2026-12-20")), order(line("A", 0, 7, null)), 2).any());
    }

    @Test
    void nothingWaitingAnyMoreFinishesTheOrder() {
        Changes changes = Changes.between(order(line("A", 3, 7, "2026-12-10")), order(line("A", 10, 0, null)), 2);
        assertTrue(changes.finished());
        assertEquals(7, changes.ships().get(0).quantity());
    }

    @Test
    void nothingTheCustomerCaresAboutIsNoChange() {
        CustomerView same = order(line("A", 3, 7, "2026-12-10"));
        assertFalse(Changes.between(same, same, 2).any());
    }
}
