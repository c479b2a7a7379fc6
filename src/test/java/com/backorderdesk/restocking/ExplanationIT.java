package com.backorderdesk.restocking;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.WebSession;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Why did order A get the stock before order B?": three orders wait for one product, a rush
 * order among them; each one's place in the queue, the orders ahead of it, and after a receipt
 * that fills some, where their units came from and why (GET /api/orders/{n}/explanation and
 * the order page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplanationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void threeOrdersCompetingForOneReceipt() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(warehouse, sku, 0);
        String customer = catalog.customer("null");
        Api clerk = Api.at(base).as("clerk", "demo");
        JsonObject first = place(clerk, customer, warehouse, sku, 3, false);
        String a = first.getString("number");
        String b = place(clerk, customer, warehouse, sku, 2, true).getString("number");
        String c = place(clerk, customer, warehouse, sku, 1, false).getString("number");

        JsonObject lineA = line(clerk, a);
        assertEquals(List.of(3, 2, 3), List.of(lineA.getInt("waiting"), lineA.getInt("queuePosition"), lineA.getInt("queueLength")));
        assertEquals(List.of(b), orders(lineA), "the rush order is ahead of the older one");
        assertEquals(2, lineA.getJsonArray("ahead").getJsonObject(0).getInt("quantity"));
        assertTrue(lineA.getJsonArray("ahead").getJsonObject(0).getBoolean("rush"));
        assertTrue(lineA.getString("rule").startsWith("Rush orders first, then the oldest"), lineA.getString("rule"));
        assertEquals(warehouse, lineA.getString("warehouse"));
        assertEquals(List.of(b, a), orders(line(clerk, c)));

        String po = first.getJsonArray("purchaseOrders").getString(0);
        Api.Reply receipt = Api.at(base).as("manager", "demo").post("/api/purchase-orders/" + po + "/receipts",
                json("{'lines':[{'sku':'%s','quantity':4}]}", sku));
        assertEquals(200, receipt.status(), receipt::toString);
        String reference = receipt.object().getString("reference");

        JsonObject filledB = line(clerk, b);
        assertEquals(0, filledB.getInt("waiting"));
        assertTrue(filledB.isNull("queuePosition"), "nothing of it waits: no place in the queue");
        JsonObject sourceB = filledB.getJsonArray("sources").getJsonObject(0);
        assertEquals(2, sourceB.getInt("quantity"));
        assertTrue(sourceB.getString("document").contains(reference), sourceB.toString());
        assertTrue(sourceB.getString("reason").contains("queue"), sourceB.toString());

        JsonObject partlyA = line(clerk, a);
        assertEquals(List.of(1, 1, 2), List.of(partlyA.getInt("waiting"), partlyA.getInt("queuePosition"), partlyA.getInt("queueLength")));
        assertEquals(2, partlyA.getJsonArray("sources").getJsonObject(0).getInt("quantity"));
        assertEquals(List.of(a), orders(line(clerk, c)));

        String page = new WebSession(base).login("clerk", "demo").get("/orders/" + c).body();
        assertTrue(page.contains("Why it waits"), page);
        assertTrue(page.contains("place 2 of 2"), page);
        assertTrue(page.contains(">" + a + "<"), "the order ahead, linked");
    }

    private static JsonObject place(Api clerk, String customer, String warehouse, String sku, int quantity, boolean rush) {
        Api.Reply reply = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d}],"
                + "'policy':['BACKORDER'],'rush':%b}", customer, warehouse, sku, quantity, rush));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    private static JsonObject line(Api clerk, String order) {
        Api.Reply reply = clerk.get("/api/orders/" + order + "/explanation");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(order, reply.object().getString("order"));
        return reply.object().getJsonArray("lines").getJsonObject(0);
    }

    private static List<String> orders(JsonObject line) {
        return line.getJsonArray("ahead").getValuesAs(JsonObject.class).stream().map(o -> o.getString("order")).toList();
    }
}
