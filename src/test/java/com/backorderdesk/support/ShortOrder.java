package com.backorderdesk.support;

import java.net.URL;

/**
 * The advisor's test case over HTTP: a new product with 2 at MAIN and 6 at EAST (supplier lead
 * time 5 days) and a customer without a policy of its own, so an order of 5 at MAIN is short.
 */
public record ShortOrder(TestWarehouses wh, String sku, String customer) {

    public static ShortOrder create(URL base) {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        TestWarehouses wh = TestWarehouses.create(catalog);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(wh.main(), sku, 2);
        catalog.stock(wh.east(), sku, 6);
        return new ShortOrder(wh, sku, catalog.customer("null"));
    }

    /** The order of 5 at MAIN, as the API takes it. */
    public String json() {
        return Api.json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':5}]}", customer, wh.main(), sku);
    }
}
