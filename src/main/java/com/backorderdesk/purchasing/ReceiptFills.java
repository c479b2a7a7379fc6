package com.backorderdesk.purchasing;

import java.util.List;
import java.util.Map;

/**
 * What a receipt does for the orders waiting for its stock. Restock matching answers
 * ({@code restocking.ReceiptMatches}); purchasing only asks, so it does not depend on it.
 */
public interface ReceiptFills {

    /** One waiting line a receipt filled: the order, the product, how many, who entered the order. */
    record Fill(String order, String sku, int quantity, String recipient) {
    }

    /** Which waiting orders {@code quantity} more of the product at the warehouse would fill, first come first served: order and units. */
    List<Map.Entry<String, Integer>> wouldFill(String warehouse, String sku, int quantity);

    /** What the stock of one receipt ({@code "PO-7 receipt RC-3"}) filled, in the order it was given. */
    List<Fill> filledBy(String source);
}
