package com.backorderdesk.catalog;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's create and edit pages: messages beside the fields, nothing saved until right. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void editingASupplierShowsMistakesThenSaves() {
        String supplier = new TestCatalog(Api.at(base)).supplier(false);
        WebSession manager = new WebSession(base).login("manager", "demo");
        assertTrue(manager.get("/suppliers/" + supplier + "/edit").body().contains("value=\"s@example.com\""), "the form shows the current values");
        HttpResponse<String> bad = manager.post("/suppliers/" + supplier, Map.of("name", "", "email", "nope", "leadTimeDays", "soon"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("must be a whole number"));
        assertTrue(bad.body().contains("must be a valid email address"));
        assertEquals("Supplier " + supplier, Api.at(base).asAdmin().get("/api/suppliers/" + supplier).object().getString("name"), "nothing saved");

        HttpResponse<String> saved = manager.post("/suppliers/" + supplier, Map.of("name", "Renamed", "email", "new@example.com", "leadTimeDays", "9", "dropShips", "true"));
        assertEquals(303, saved.statusCode());
        assertTrue(manager.get("/suppliers").body().contains("Supplier " + supplier + " saved."));
        var json = Api.at(base).asAdmin().get("/api/suppliers/" + supplier).object();
        assertEquals("Renamed", json.getString("name"));
        assertEquals(9, json.getInt("leadTimeDays"));
        assertTrue(json.getBoolean("dropShips"));
    }

    @Test
    void aCustomerWithAnInvalidPolicyIsNotCreated() {
        WebSession manager = new WebSession(base).login("manager", "demo");
        manager.get("/customers/new");
        String code = unique("CUS");
        HttpResponse<String> bad = manager.post("/customers", Map.of("code", code, "name", "Shop", "email", "s@example.com",
                "shipTo", "1 Road\nTown", "backorderPolicy", "TRANSFER"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("must end with one terminal strategy"));
        assertEquals(404, Api.at(base).asAdmin().get("/api/customers/" + code).status());
        HttpResponse<String> good = manager.post("/customers", Map.of("code", code, "name", "Shop", "email", "s@example.com",
                "shipTo", "1 Road\nTown", "backorderPolicy", "transfer, park"));
        assertEquals(303, good.statusCode());
        String page = manager.get("/customers/" + code).body();
        assertTrue(page.contains("TRANSFER, PARK"));
        assertTrue(page.contains("href=\"/backorders?customer=" + code + "\""), "the customer's page leads to their waiting orders");
    }

    @Test
    void everyRoleReadsTheCatalogueButOnlyManagersChangeIt() {
        String supplier = new TestCatalog(Api.at(base)).supplier(false);
        WebSession clerk = new WebSession(base).login("clerk", "demo");
        WebSession manager = new WebSession(base).login("manager", "demo");
        for (String kind : List.of("warehouses", "suppliers", "customers", "products")) {
            assertEquals(200, clerk.get("/" + kind).statusCode(), kind + " list");
            assertEquals(403, clerk.get("/" + kind + "/new").statusCode(), kind + " new form");
            assertEquals(403, clerk.post("/" + kind, Map.of("code", unique("X"), "sku", unique("X"), "name", "X")).statusCode(), kind + " create");
            assertTrue(manager.get("/" + kind + "/new").body().contains("<form"), kind + " new form for a manager");
        }
        assertEquals(403, clerk.get("/suppliers/" + supplier + "/edit").statusCode());
        assertEquals(403, clerk.post("/suppliers/" + supplier, Map.of("name", "Taken over")).statusCode());

        String sku = unique("P");
        HttpResponse<String> created = manager.post("/products", Map.of("sku", sku, "name", "Pump", "unitPrice", "12.50",
                "unitCost", "7.00", "minStock", "3", "supplier", supplier));
        assertEquals(303, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/products/" + sku), "a new product is shown on its own page");
        String page = manager.get("/products/" + sku).body();
        assertTrue(page.contains("Product " + sku + " created."));
        assertTrue(page.contains("href=\"/backorders?sku=" + sku + "\""), "the product's page leads to the orders waiting for it");
        assertTrue(manager.get("/products/" + sku + "/edit").body().contains("value=\"12.50\""), "the edit form shows the current values");
    }

    @Test
    void aWarehouseCanHaveAutomaticMatchingSwitchedOff() {
        String warehouse = new TestCatalog(Api.at(base)).warehouse(30);
        WebSession manager = new WebSession(base).login("manager", "demo");
        manager.get("/warehouses/" + warehouse + "/edit");
        assertEquals(303, manager.post("/warehouses/" + warehouse, Map.of("name", "Manual only", "priority", "30", "active", "true")).statusCode());
        var json = Api.at(base).asAdmin().get("/api/warehouses/" + warehouse).object();
        assertFalse(json.getBoolean("autoMatch"), "an unticked box switches matching off");
        assertTrue(json.getBoolean("active"));
        assertEquals("Manual only", json.getString("name"));
    }
}
