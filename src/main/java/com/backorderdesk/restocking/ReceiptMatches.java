package com.backorderdesk.restocking;

import com.backorderdesk.purchasing.ReceiptFills;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Restock matching's answer to the receipt pages: what a receipt would fill, and what it filled. */
@ApplicationScoped
public class ReceiptMatches implements ReceiptFills {

    @Inject
    Restocking restocking;
    @Inject
    Alerts alerts;

    @Override
    public List<Map.Entry<String, Integer>> wouldFill(String warehouse, String sku, int quantity) {
        return restocking.previewReceipt(warehouse, sku, quantity);
    }

    @Override
    public List<Fill> filledBy(String source) {
        return alerts.fromSource(source).stream().map(a -> new Fill(a.order(), a.sku(), a.quantity(), a.recipient())).toList();
    }
}
