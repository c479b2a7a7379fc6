package com.backorderdesk.support;

import jakarta.json.JsonObject;

import static com.backorderdesk.support.Api.json;
import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds catalogue data through the API for black-box tests; every code is unique per call. */
public final class TestCatalog {

    private final Api admin;

    public TestCatalog(Api api) {
        this.admin = api.asAdmin();
    }

    public String warehouse(int priority) {
        String code = unique("WH");
        created(admin.post("/api/warehouses", json("{'code':'%s','name':'Warehouse %s','priority':%d}", code, code, priority)));
        return code;
    }

    public String supplier(boolean dropShips) {
        String code = unique("SUP");
        created(admin.post("/api/suppliers", json("{'code':'%s','name':'Supplier %s','email':'s@example.com','leadTimeDays':5,'dropShips':%b}",
                code, code, dropShips)));
        return code;
    }

    public String product(String supplier, int minStock, boolean dropShippable) {
        String sku = unique("SKU");
        created(admin.post("/api/products", json("{'sku':'%s','name':'Product %s','unitPrice':'10.00','unitCost':'6.00','minStock':%d,'supplier':'%s','dropShippable':%b}",
                sku, sku, minStock, supplier, dropShippable)));
        return sku;
    }

    public String customer(String policyJson) {
        return customer(policyJson, null);
    }

    /** A customer of this name ("Customer" and its code when null), found by its name in the pages. */
    public String customer(String policyJson, String name) {
        String code = unique("CUS");
        created(admin.post("/api/customers", json("{'code':'%s','name':'%s','email':'c@example.com','shipTo':'1 Test Street','backorderPolicy':%s}",
                code, name == null ? "Customer " + code : name, policyJson)));
        return code;
    }

    public void stock(String warehouse, String sku, int onHand) {
        Api.Reply reply = admin.put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':%d,'reason':'test stock'}", onHand));
        assertEquals(200, reply.status(), reply::toString);
    }

    /** A product's stock level at one warehouse, as {@code GET /api/stock/{sku}} shows it. */
    public JsonObject level(String warehouse, String sku) {
        return admin.get("/api/stock/" + sku).object().getJsonArray("levels").stream().map(JsonObject.class::cast)
                .filter(level -> level.getString("warehouse").equals(warehouse)).findFirst().orElseThrow();
    }

    private static void created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
    }
}
