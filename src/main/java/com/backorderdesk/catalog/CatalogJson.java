package com.backorderdesk.catalog;

import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of the catalogue (docs/API.md, "Reference data"). */
final class CatalogJson {

    private CatalogJson() {
    }

    record WarehouseJson(String code, String name, int priority, boolean active, boolean autoMatch) {
        static WarehouseJson of(Warehouse w) {
            return new WarehouseJson(w.getCode(), w.getName(), w.getPriority(), w.isActive(), w.isAutoMatch());
        }
    }

    record SupplierJson(String code, String name, String email, int leadTimeDays, boolean dropShips) {
        static SupplierJson of(Supplier s) {
            return new SupplierJson(s.getCode(), s.getName(), s.getEmail(), s.getLeadTimeDays(), s.isDropShips());
        }
    }

    record ProductJson(String sku, String name, BigDecimal unitPrice, BigDecimal unitCost, int minStock,
                       String supplier, boolean dropShippable) {
        static ProductJson of(Product p) {
            return new ProductJson(p.getSku(), p.getName(), p.getUnitPrice(), p.getUnitCost(), p.getMinStock(),
                    p.getSupplier().getCode(), p.isDropShippable());
        }
    }

    record CustomerJson(String code, String name, String email, String shipTo, List<String> backorderPolicy, boolean backorderNotices) {
        static CustomerJson of(Customer c) {
            return new CustomerJson(c.getCode(), c.getName(), c.getEmail(), c.getShipTo(),
                    c.getBackorderPolicy().map(p -> p.names()).orElse(null), c.wantsNotices());
        }
    }
}
