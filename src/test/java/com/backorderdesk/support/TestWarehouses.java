package com.backorderdesk.support;

/** Three fresh warehouses in priority order, named like the design's MAIN, EAST and WEST. */
public record TestWarehouses(String main, String east, String west) {

    public static TestWarehouses create(TestCatalog catalog) {
        return new TestWarehouses(catalog.warehouse(1), catalog.warehouse(2), catalog.warehouse(3));
    }
}
