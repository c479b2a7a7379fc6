package com.backorderdesk.platform;

/**
 * The kinds of numbered documents, each with its prefix and the database sequence its numbers
 * come from ({@link Numbers}). Pick-pack-ship numbers are handed out from blocks of a pooled
 * sequence (a receipt may need thousands at once).
 */
public enum DocumentKind {
    SALES_ORDER("SO-", "order_number_seq", false),
    PICK_PACK_SHIP("PPS-", "shipment_number_seq", true),
    PURCHASE_ORDER("PO-", "purchase_order_number_seq", false),
    TRANSFER("TR-", "transfer_number_seq", false),
    RECEIPT("RC-", "receipt_number_seq", false);

    final String prefix;
    final String sequence;
    final boolean pooled;

    DocumentKind(String prefix, String sequence, boolean pooled) {
        this.prefix = prefix;
        this.sequence = sequence;
        this.pooled = pooled;
    }
}
