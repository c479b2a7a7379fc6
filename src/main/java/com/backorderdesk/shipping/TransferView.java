package com.backorderdesk.shipping;

/** A transfer as the API (docs/API.md) and the pages show it. */
public record TransferView(String id, String from, String to, String sku, String name, int quantity, String status,
                           String salesOrder, String createdAt) {

    static TransferView of(Transfer t) {
        return new TransferView(t.getNumber(), t.getFrom().getCode(), t.getTo().getCode(), t.getProduct().getSku(),
                t.getProduct().getName(), t.getQuantity(), t.getStatus().name(),
                t.getOrderLine() == null ? null : t.getOrderLine().getOrder().getNumber(), t.getCreatedAt().toString());
    }
}
