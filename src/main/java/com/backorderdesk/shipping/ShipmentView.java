package com.backorderdesk.shipping;

import java.util.List;

/** A pick-pack-ship record as the API and the pages show it. */
public record ShipmentView(String id, String order, String warehouse, String status, List<Line> lines, String createdAt) {

    public record Line(String sku, String name, int quantity) {
    }

    static ShipmentView of(Shipment s) {
        return new ShipmentView(s.getNumber(), s.getOrder().getNumber(), s.getWarehouse().getCode(), s.getStatus().name(),
                s.getLines().stream().map(l -> new Line(l.getOrderLine().getProduct().getSku(), l.getOrderLine().getProduct().getName(),
                        l.getQuantity())).toList(), s.getCreatedAt().toString());
    }
}
