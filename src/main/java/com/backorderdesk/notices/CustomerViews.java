package com.backorderdesk.notices;

import com.backorderdesk.backorders.BackorderView;
import com.backorderdesk.backorders.Backorders;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.ordering.AdvisorSettings;
import com.backorderdesk.ordering.OrderLine;
import com.backorderdesk.ordering.SalesOrder;
import com.backorderdesk.shipping.ShipmentView;
import com.backorderdesk.shipping.Shipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the customer's view of an order. A waiting line is expected at the customer on the
 * date the dashboard expects it at the warehouse (the open purchase order's date plus the
 * supplier's lead time, or the transfer lane's days; the lead time from today when nothing is on
 * order yet), plus the handling days; a ship-complete order's lines all go on the latest date.
 */
@ApplicationScoped
public class CustomerViews {

    @Inject
    Backorders backorders;
    @Inject
    Shipping shipping;
    @Inject
    Warehouses warehouses;
    @Inject
    AdvisorSettings advisorSettings;
    @Inject
    Clock clock;

    public CustomerView of(SalesOrder order) {
        LocalDate today = LocalDate.now(clock);
        int handling = advisorSettings.costs().handlingDays();
        Map<String, LocalDate> expected = order.hasWaiting() ? expectedAtWarehouse(order, today) : Map.of();
        LocalDate latest = expected.values().stream().max(LocalDate::compareTo).orElse(null);
        boolean shipsComplete = order.getPolicy().shipsComplete();
        List<CustomerView.Line> lines = new ArrayList<>();
        int cancellable = 0;
        for (OrderLine line : order.getLines()) {
            int waiting = line.getBackordered() + line.getAllocated() + line.getInTransfer();
            LocalDate date = waiting == 0 ? null : shipsComplete ? latest : expected.get(line.getProduct().getSku());
            if (date == null && waiting > 0 && latest != null) {
                date = latest; // held units of a line whose product is all here: they go with the rest
            }
            lines.add(new CustomerView.Line(line.getProduct().getSku(), line.getProduct().getName(), line.getQuantity() + line.getCancelled(),
                    line.getProcessed(), waiting, line.getCancelled(), date == null ? null : date.plusDays(handling).toString()));
            cancellable += line.getBackordered() + line.getAllocated();
        }
        List<ShipmentView> records = shipping.shipmentsOf(order);
        List<CustomerView.Dispatch> dispatches = new ArrayList<>();
        if (order.getParent() != null) {
            dispatches.addAll(dispatches(order.getParent(), shipping.shipmentsOf(order.getParent())));
        }
        dispatches.addAll(dispatches(order, records));
        int unpicked = records.stream().filter(s -> s.status().equals("OPEN"))
                .mapToInt(s -> s.lines().stream().mapToInt(ShipmentView.Line::quantity).sum()).sum();
        return new CustomerView(order.getNumber(), order.getParent() == null ? null : order.getParent().getNumber(),
                order.getCustomer().getName(), warehouseName(order.getWarehouse().getCode()), order.hasWaiting(), shipsComplete,
                lines, dispatches, cancellable, unpicked);
    }

    /** Per product, the latest date its waiting units are expected at the order's warehouse (never before today). */
    private Map<String, LocalDate> expectedAtWarehouse(SalesOrder order, LocalDate today) {
        Map<String, LocalDate> expected = new HashMap<>();
        for (BackorderView.Waiting waiting : backorders.of(order).waiting()) {
            if (waiting.expected() != null) {
                LocalDate date = LocalDate.parse(waiting.expected());
                expected.merge(waiting.sku(), date.isBefore(today) ? today : date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (OrderLine line : order.getLines()) {
            if (line.getBackordered() > 0 && !expected.containsKey(line.getProduct().getSku())) {
                expected.put(line.getProduct().getSku(), today.plusDays(line.getProduct().getSupplier().getLeadTimeDays()));
            }
        }
        return expected;
    }

    private List<CustomerView.Dispatch> dispatches(SalesOrder order, List<ShipmentView> records) {
        List<CustomerView.Dispatch> dispatches = new ArrayList<>();
        for (ShipmentView record : records) {
            if (!record.status().equals("CANCELLED")) {
                dispatches.add(new CustomerView.Dispatch(warehouseName(record.warehouse()), order.getNumber(),
                        record.lines().stream().map(l -> l.quantity() + " × " + l.name()).toList()));
            }
        }
        List<String> dropShipped = order.getLines().stream().filter(l -> l.getDropShipped() > 0)
                .map(l -> l.getDropShipped() + " × " + l.getProduct().getName()).toList();
        if (!dropShipped.isEmpty()) {
            dispatches.add(new CustomerView.Dispatch(null, order.getNumber(), dropShipped));
        }
        return dispatches;
    }

    private String warehouseName(String code) {
        return warehouses.find(code).map(Warehouse::getName).orElse(code);
    }
}
