package com.backorderdesk.shipping;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.AtOnce;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestWarehouses;
import com.backorderdesk.support.WebSession;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The buttons of the pick-pack-ship, transfer, order and purchase-order pages, without JavaScript. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShippingPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyDocumentMovesAlongFromItsPage() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        TestWarehouses wh = TestWarehouses.create(catalog);
        String supplier = catalog.supplier(true);
        String x = catalog.product(supplier, 0, false);
        String z = catalog.product(supplier, 0, true);
        String customer = catalog.customer("null");
        catalog.stock(wh.main(), x, 1);
        catalog.stock(wh.east(), x, 2);
        JsonObject order = Api.at(base).as("clerk", "demo").post("/api/orders", json(
                "{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':5},{'sku':'%s','quantity':1}],'policy':['TRANSFER','DROP_SHIP','BACKORDER']}",
                customer, wh.main(), x, z)).object();
        String number = order.getString("number");
        String record = order.getJsonArray("shipments").getJsonObject(0).getString("id");
        String transfer = order.getJsonArray("transfers").getString(0);

        WebSession manager = new WebSession(base).login("manager", "demo");
        assertTrue(manager.get("/shipments?warehouse=" + wh.main() + "&status=OPEN").body().contains(record), "the work queue lists the record");
        String opened = manager.get("/shipments/" + record).body();
        assertTrue(opened.contains("Mark as picked"));
        assertTrue(opened.contains("<td>pick-pack-ship record made for the order</td>"), "its history begins with its making: " + opened);
        assertTrue(manager.get("/transfers/" + transfer).body().contains("<td>transfer requested for the order</td>"), "so does a transfer's");
        assertEquals(303, manager.post("/shipments/" + record + "/status", Map.of("status", "PACKED")).statusCode());
        assertTrue(manager.get("/shipments/" + record).body().contains("the next step is picked"), "a wrong step is refused with a message");
        manager.post("/shipments/" + record + "/status", Map.of("status", "PICKED"));
        String picked = manager.get("/shipments/" + record).body();
        assertTrue(picked.contains(record + " is now picked."));
        assertTrue(picked.contains("<td>picked</td>"), "the record's history says who picked it");

        manager.get("/transfers/" + transfer);
        manager.post("/transfers/" + transfer + "/ship", Map.of());
        assertTrue(manager.get("/transfers/" + transfer).body().contains("IN_TRANSIT"));
        manager.post("/transfers/" + transfer + "/receive", Map.of());
        String received = manager.get("/transfers/" + transfer).body();
        assertTrue(received.contains("RECEIVED"));
        int receivedAt = received.indexOf("<td>transfer received</td>");
        assertTrue(receivedAt > 0 && receivedAt < received.indexOf("<td>transfer shipped</td>"), "the transfer's history, newest first");

        String dropShip = Api.at(base).asAdmin().get("/api/purchase-orders?sku=" + z).array().getJsonObject(0).getString("number");
        manager.get("/purchase-orders/" + dropShip);
        manager.post("/purchase-orders/" + dropShip + "/confirm-shipment", Map.of());
        assertTrue(manager.get("/purchase-orders/" + dropShip).body().contains("CLOSED"));

        String confirm = manager.get("/orders/" + number + "/cancel-backorder").body();
        assertTrue(confirm.contains("2 × " + x), "the confirmation says what will be cancelled");
        assertEquals(303, manager.post("/orders/" + number + "/cancel-backorder", Map.of()).statusCode());
        assertTrue(manager.get("/orders/" + number).body().contains("Backorder of " + number + " cancelled"));
        assertEquals(2, Api.at(base).asAdmin().get("/api/orders/" + number).object().getJsonArray("lines").getJsonObject(0).getInt("cancelled"));
        assertEquals(404, manager.post("/orders/SO-0/cancel-backorder", Map.of()).statusCode());
    }

    @Test
    void thePickListPrintsWithBinsAndShippingIsAskedFirst() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null");
        Api admin = Api.at(base).asAdmin();
        assertEquals(200, admin.put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':4,'reason':'shelved','bin':'B-07-3'}")).status());
        assertEquals("B-07-3", catalog.level(warehouse, sku).getString("bin"));
        String record = Api.at(base).as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':3}]}",
                customer, warehouse, sku)).object().getJsonArray("shipments").getJsonObject(0).getString("id");

        WebSession manager = new WebSession(base).login("manager", "demo");
        String list = manager.get("/shipments/" + record + "/print").body();
        assertTrue(list.contains("B-07-3") && list.contains("1 Test Street") && list.contains("Signature"), "bin, ship-to, signature: " + list);
        assertTrue(!list.contains("class=\"topbar\""), "no page chrome on the pick list");
        String confirmation = manager.get("/orders/" + Api.at(base).asAdmin().get("/api/shipments/" + record).object().getString("order") + "/print").body();
        assertTrue(confirmation.contains("Order confirmation") && confirmation.contains("1 Test Street") && confirmation.contains("Order total"),
                "the order confirmation prints too: " + confirmation);
        String missing = catalog.product(catalog.supplier(false), 0, false);
        String po = Api.at(base).as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':4}],'policy':['BACKORDER']}",
                customer, warehouse, missing)).object().getJsonArray("purchaseOrders").getString(0);
        String printedPo = manager.get("/purchase-orders/" + po + "/print").body();
        assertTrue(printedPo.contains(missing) && printedPo.contains("$6.00") && printedPo.contains("$24.00") && printedPo.contains("Warehouse " + warehouse),
                "the purchase order prints with its unit costs, total and the warehouse to deliver to: " + printedPo);

        manager.get("/shipments/" + record);
        manager.post("/shipments/" + record + "/status", Map.of("status", "PICKED"));
        manager.post("/shipments/" + record + "/status", Map.of("status", "PACKED"));
        String page = manager.get("/shipments/" + record).body();
        assertTrue(page.contains("/shipments/" + record + "/ship"), "the step to shipped is a link to a question, not a button");
        String question = manager.get("/shipments/" + record + "/ship").body();
        assertTrue(question.contains("Mark " + record + " as shipped?") && question.contains("name=\"status\" value=\"SHIPPED\""), question);
        assertEquals("PACKED", admin.get("/api/shipments/" + record).object().getString("status"), "asking changes nothing");
        assertEquals(303, manager.post("/shipments/" + record + "/status", Map.of("status", "SHIPPED")).statusCode());
        assertEquals("SHIPPED", admin.get("/api/shipments/" + record).object().getString("status"));
    }

    @Test
    void anOrderFormOrAReceiptSentTwiceDoesItsWorkOnce() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null");
        catalog.stock(warehouse, sku, 0);

        WebSession clerk = new WebSession(base).login("clerk", "demo");
        Map<String, String> order = Map.of("formKey", formKey(clerk.get("/orders/new").body()), "rows", "5", "customer", customer,
                "warehouse", warehouse, "lines[0].sku", sku, "lines[0].quantity", "3", "action", "place");
        List<HttpResponse<String>> placed = AtOnce.send(3, () -> clerk.post("/orders", order));
        placed.add(clerk.post("/orders", order));
        String where = placed.get(0).headers().firstValue("Location").orElseThrow();
        for (HttpResponse<String> answer : placed) {
            assertEquals(303, answer.statusCode(), answer::body);
            assertEquals(where, answer.headers().firstValue("Location").orElseThrow(), "every send is shown the one order placed");
        }
        assertEquals("1", Api.at(base).as("clerk", "demo").get("/api/orders?customer=" + customer).header("X-Total-Count"));
        assertTrue(clerk.get(URI.create(where).getPath()).body().contains("That form had been sent already"));

        String po = Api.at(base).as("clerk", "demo").get("/api/orders?customer=" + customer).array().getJsonObject(0)
                .getJsonArray("purchaseOrders").getString(0);
        WebSession manager = new WebSession(base).login("manager", "demo");
        Map<String, String> receipt = Map.of("formKey", formKey(manager.get("/purchase-orders/" + po).body()),
                "lines[0].quantity", "1", "action", "receive");
        assertEquals(303, manager.post("/purchase-orders/" + po + "/receipts", receipt).statusCode());
        assertEquals(303, manager.post("/purchase-orders/" + po + "/receipts", receipt).statusCode());
        assertEquals(1, received(po), "the same receipt sent twice books one unit");
        Map<String, String> next = Map.of("formKey", formKey(manager.get("/purchase-orders/" + po).body()),
                "lines[0].quantity", "1", "action", "receive");
        assertEquals(303, manager.post("/purchase-orders/" + po + "/receipts", next).statusCode());
        assertEquals(2, received(po), "the form shown anew is a new receipt");
    }

    private int received(String po) {
        return Api.at(base).as("manager", "demo").get("/api/purchase-orders/" + po).object().getJsonArray("lines").getJsonObject(0)
                .getInt("received");
    }

    private static String formKey(String page) {
        Matcher key = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(key.find(), "the form carries its key");
        return key.group(1);
    }
}
