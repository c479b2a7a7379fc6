package com.backorderdesk.purchasing;

import com.backorderdesk.ordering.SalesOrder;

import java.util.List;

/** A purchase order as the API and the pages show it (docs/API.md). */
public record PurchaseOrderView(String number, String supplier, String supplierName, String type, String warehouse,
                                String shipTo, String status, List<Line> lines, List<String> salesOrders, String createdAt) {

    public record Line(String sku, String name, int quantity, int received) {

        /** What is still to come. */
        public int outstanding() {
            return quantity - received;
        }
    }

    static PurchaseOrderView of(PurchaseOrder po) {
        return new PurchaseOrderView(po.getNumber(), po.getSupplier().getCode(), po.getSupplier().getName(), po.getType().name(),
                po.getWarehouse() == null ? null : po.getWarehouse().getCode(), po.getShipTo(), po.getStatus().name(),
                po.getLines().stream().map(l -> new Line(l.getProduct().getSku(), l.getProduct().getName(), l.getQuantity(), l.getReceived())).toList(),
                po.getSalesOrders().stream().map(SalesOrder::getNumber).toList(), po.getCreatedAt().toString());
    }
}
