package com.backorderdesk.web;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.Described;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestWarehouses;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Set;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running application answers as its OpenAPI description says: the description is served
 * (JSON and YAML, the same, to anyone) and rendered at /api-docs under the pages' CSP; then
 * every described operation is called, in a scenario that makes it succeed, and refusals too,
 * and each answer's status and body must be one the description gives for that operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDescriptionIsServedToAnyoneAsJsonAndYamlAndRenderedForPeople() throws Exception {
        Api anyone = Api.at(base);
        Api.Reply json = anyone.get("/api/openapi.json");
        assertEquals(200, json.status(), json::toString);
        Api.Reply yaml = anyone.get("/api/openapi.yaml");
        assertEquals(200, yaml.status());
        assertTrue(yaml.header("Content-Type").startsWith("application/yaml"), yaml.header("Content-Type"));
        assertEquals(new ObjectMapper().readTree(json.body()), new ObjectMapper(new YAMLFactory()).readTree(yaml.body()), "one description");
        assertEquals("3.1.0", json.object().getString("openapi"));

        Api.Reply page = anyone.get("/api-docs");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"), "the pages' own CSP");
        assertTrue(page.body().contains("api-docs/swagger-ui-bundle.js") && !page.body().contains("<script>"), "no inline script");
        assertEquals(200, anyone.get("/api-docs/swagger-ui-bundle.js").status());
        assertEquals(200, anyone.get("/api-docs/swagger-ui.css").status());
        assertEquals(404, anyone.get("/api-docs/index.html").status());
    }

    @Test
    void swaggerUiRendersTheDescriptionInABrowserUnderThePagesCsp() {
        try (Browser browser = Browser.open(base)) {
            browser.go("api-docs");
            assertTrue(browser.await(By.cssSelector(".swagger-ui .info .title")).getText().contains("Backorder Desk"));
            assertTrue(browser.findAll(By.cssSelector(".opblock")).size() >= 40, "every operation listed");
        }
    }

    @Test
    void everyDescribedOperationAnswersAsDescribed() {
        Described d = Described.of(Api.at(base).get("/api/openapi.json").body());
        Api anyone = Api.at(base);
        Api admin = anyone.asAdmin();
        Api manager = anyone.as("manager", "demo");
        Api clerk = anyone.as("clerk", "demo");

        d.check("GET", "/api/health", anyone.get("/api/health"));
        d.check("GET", "/api/openapi.json", anyone.get("/api/openapi.json"));
        d.check("GET", "/api/openapi.yaml", anyone.get("/api/openapi.yaml"));
        d.check("GET", "/api/orders", anyone.get("/api/orders"));

        // catalogue
        String wh = Api.unique("WH");
        d.check("POST", "/api/warehouses", admin.post("/api/warehouses", json("{'code':'%s','name':'Warehouse %s','priority':1}", wh, wh)));
        d.check("POST", "/api/warehouses", admin.post("/api/warehouses", json("{'code':'%s','name':'Again','priority':1}", wh)));
        d.check("POST", "/api/warehouses", admin.post("/api/warehouses", "{\"code\":"));
        d.check("POST", "/api/warehouses", clerk.post("/api/warehouses", json("{'code':'%s','name':'No','priority':1}", Api.unique("WH"))));
        d.check("GET", "/api/warehouses", clerk.get("/api/warehouses"));
        d.check("GET", "/api/warehouses/{code}", clerk.get("/api/warehouses/" + wh));
        d.check("GET", "/api/warehouses/{code}", clerk.get("/api/warehouses/NO-SUCH"));
        String supplier = Api.unique("SUP");
        d.check("POST", "/api/suppliers", admin.post("/api/suppliers", json(
                "{'code':'%s','name':'Supplier','email':'s@example.com','leadTimeDays':5,'dropShips':true}", supplier)));
        d.check("GET", "/api/suppliers", clerk.get("/api/suppliers"));
        d.check("GET", "/api/suppliers/{code}", clerk.get("/api/suppliers/" + supplier));
        String sku = Api.unique("SKU");
        d.check("POST", "/api/products", admin.post("/api/products", json(
                "{'sku':'%s','name':'Product','unitPrice':'10.00','unitCost':'6.00','minStock':0,'supplier':'%s','dropShippable':true}", sku, supplier)));
        d.check("GET", "/api/products", clerk.get("/api/products?q=" + sku));
        d.check("GET", "/api/products/{sku}", clerk.get("/api/products/" + sku));
        String customer = Api.unique("CUS");
        d.check("POST", "/api/customers", admin.post("/api/customers", json(
                "{'code':'%s','name':'Customer','email':'c@example.com','shipTo':'1 Test Street','backorderPolicy':null}", customer)));
        d.check("GET", "/api/customers", clerk.get("/api/customers"));
        d.check("GET", "/api/customers/{code}", clerk.get("/api/customers/" + customer));

        // stock
        TestCatalog catalog = new TestCatalog(anyone);
        TestWarehouses warehouses = TestWarehouses.create(catalog);
        d.check("PUT", "/api/stock/{warehouse}/{sku}", manager.put("/api/stock/" + warehouses.main() + "/" + sku, json("{'onHand':2,'reason':'count'}")));
        d.check("PUT", "/api/stock/{warehouse}/{sku}", manager.with("Idempotency-Key", " ").put("/api/stock/" + warehouses.main() + "/" + sku,
                json("{'onHand':2,'reason':'count'}")));
        catalog.stock(warehouses.east(), sku, 5);
        d.check("GET", "/api/stock/{sku}", clerk.get("/api/stock/" + sku));

        // orders
        String order = json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':4}],'policy':['BACKORDER']}", customer, warehouses.main(), sku);
        d.check("POST", "/api/orders/preview", clerk.post("/api/orders/preview", order));
        d.check("POST", "/api/orders/advice", clerk.post("/api/orders/advice", order));
        JsonObject placed = d.check("POST", "/api/orders", clerk.with("Idempotency-Key", Api.unique("key")).post("/api/orders", order)).object();
        d.check("POST", "/api/orders", clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[]}", customer, warehouses.main())));
        String number = placed.getString("number");
        d.check("GET", "/api/orders", clerk.get("/api/orders?customer=" + customer));
        d.check("GET", "/api/orders/{number}", clerk.get("/api/orders/" + number));
        d.check("GET", "/api/orders/{number}", clerk.get("/api/orders/SO-NONE"));
        d.check("GET", "/api/orders/{number}/explanation", clerk.get("/api/orders/" + number + "/explanation"));
        d.check("GET", "/api/backorders", clerk.get("/api/backorders?customer=" + customer));

        // purchasing: the order's purchase order received, which fills the order (an alert)
        String po = placed.getJsonArray("purchaseOrders").getString(0);
        d.check("GET", "/api/purchase-orders", clerk.get("/api/purchase-orders?supplier=" + supplier));
        d.check("GET", "/api/purchase-orders/{number}", clerk.get("/api/purchase-orders/" + po));
        d.check("POST", "/api/purchase-orders/{number}/receipts", clerk.post("/api/purchase-orders/" + po + "/receipts",
                json("{'lines':[{'sku':'%s','quantity':2}]}", sku)));
        d.check("POST", "/api/purchase-orders/{number}/receipts", manager.post("/api/purchase-orders/" + po + "/receipts",
                json("{'lines':[{'sku':'%s','quantity':2}]}", sku)));
        d.check("GET", "/api/alerts", clerk.get("/api/alerts?order=" + number));

        // shipping: the order's pick-pack-ship record moves along
        String shipment = clerk.get("/api/orders/" + number).object().getJsonArray("shipments").getJsonObject(0).getString("id");
        d.check("GET", "/api/shipments", clerk.get("/api/shipments?warehouse=" + warehouses.main()));
        d.check("GET", "/api/shipments/{id}", clerk.get("/api/shipments/" + shipment));
        d.check("POST", "/api/shipments/{id}/status", clerk.post("/api/shipments/" + shipment + "/status", json("{'status':'PICKED'}")));
        d.check("POST", "/api/shipments/{id}/status", clerk.post("/api/shipments/" + shipment + "/status", json("{'status':'SHIPPED'}")));

        // a transfer from the other warehouse
        JsonObject transferred = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':3}],'policy':['TRANSFER','BACKORDER']}",
                customer, warehouses.main(), sku)).object();
        String transfer = transferred.getJsonArray("transfers").getString(0);
        d.check("GET", "/api/transfers", clerk.get("/api/transfers"));
        d.check("GET", "/api/transfers/{id}", clerk.get("/api/transfers/" + transfer));
        d.check("POST", "/api/transfers/{id}/receive", manager.post("/api/transfers/" + transfer + "/receive", null));
        d.check("POST", "/api/transfers/{id}/ship", manager.post("/api/transfers/" + transfer + "/ship", null));
        d.check("POST", "/api/transfers/{id}/receive", manager.post("/api/transfers/" + transfer + "/receive", null));

        // drop-ship, and a backorder cancelled
        JsonObject dropShipped = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}],'policy':['DROP_SHIP','BACKORDER']}",
                customer, warehouses.main(), sku)).object();
        d.check("POST", "/api/purchase-orders/{number}/confirm-shipment", manager.post("/api/purchase-orders/"
                + dropShipped.getJsonArray("purchaseOrders").getString(0) + "/confirm-shipment", null));
        String waiting = clerk.post("/api/orders", order).object().getString("number");
        d.check("POST", "/api/orders/{number}/cancel-backorder", clerk.post("/api/orders/" + waiting + "/cancel-backorder", null));
        d.check("POST", "/api/orders/{number}/cancel-backorder", clerk.post("/api/orders/" + waiting + "/cancel-backorder", null));

        // digests
        d.check("POST", "/api/digest-subscriptions", manager.post("/api/digest-subscriptions",
                json("{'email':'%s@example.com','frequency':'WEEKLY'}", Api.unique("boss").toLowerCase())));
        d.check("POST", "/api/digests/{kind}/send", manager.post("/api/digests/weekly/send", null));
        d.check("POST", "/api/digests/{kind}/send", manager.post("/api/digests/hourly/send", null));

        // API tokens
        JsonObject token = d.check("POST", "/api/tokens", admin.post("/api/tokens", json("{'name':'%s','role':'CLERK'}", Api.unique("oas").toLowerCase()))).object();
        d.check("GET", "/api/tokens", admin.get("/api/tokens"));
        d.check("GET", "/api/orders", anyone.bearer(token.getString("token")).get("/api/orders?size=1"));
        d.check("DELETE", "/api/tokens/{id}", admin.send("DELETE", "/api/tokens/" + token.getJsonNumber("id"), null));
        d.check("GET", "/api/orders", anyone.bearer(token.getString("token")).get("/api/orders?size=1"));

        // webhooks: an endpoint nobody listens on (port 9), so its delivery waits and can be sent again
        JsonObject endpoint = d.check("POST", "/api/webhooks", admin.post("/api/webhooks",
                json("{'url':'http://127.0.0.1:9/oas','events':['order.backordered'],'allowLoopback':true}"))).object();
        d.check("POST", "/api/webhooks", admin.post("/api/webhooks", json("{'url':'http://localhost:9/oas','events':['order.backordered']}")));
        long id = endpoint.getJsonNumber("id").longValue();
        clerk.post("/api/orders", order);
        d.check("GET", "/api/webhooks", admin.get("/api/webhooks"));
        d.check("GET", "/api/webhooks/{id}", admin.get("/api/webhooks/" + id));
        JsonObject delivery = d.check("GET", "/api/webhooks/{id}/deliveries", admin.get("/api/webhooks/" + id + "/deliveries")).array().getJsonObject(0);
        d.check("POST", "/api/webhooks/{id}/deliveries/{delivery}/retry", admin.post("/api/webhooks/" + id + "/deliveries/"
                + delivery.getJsonNumber("id") + "/retry", null));
        d.check("DELETE", "/api/webhooks/{id}", admin.send("DELETE", "/api/webhooks/" + id, null));
        d.check("GET", "/api/webhooks/{id}", admin.get("/api/webhooks/" + id));

        assertEquals(Set.of(), d.notAnswered(), "every described operation was seen succeeding");
    }
}
