package com.backorderdesk.inventory;

import java.util.List;

/** Fired in the transaction of a receipt (or count) that filled waiting lines: the alerts' mails listen. */
public record RestockMatched(String source, List<Filled> lines) {

    /** One waiting line filled: the order (its id and number), its customer and status now, what it got, who entered it. */
    public record Filled(long orderId, String order, String customer, String status, String sku, int quantity, String recipient) {
    }
}
