package com.backorderdesk.ordering;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.AtOnce;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stock under requests at the same moment: forty clerks order the last twenty units, exactly
 * twenty get one and nobody gets an error; ten short orders for one supplier are all placed
 * and all on order; ten receipts of the same purchase-order line, it is received once; six
 * receives of one transfer, it comes in once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentOrdersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void fortyConcurrentOrdersNeverOversellTwentyUnits() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String other = catalog.warehouse(2);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null");
        catalog.stock(warehouse, sku, 20);
        catalog.stock(other, sku, 0);

        Api clerk = Api.at(base).as("clerk", "demo");
        String body = json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}],'policy':['MULTI_WAREHOUSE','BACKORDER']}", customer, warehouse, sku);
        int processed = 0;
        int backordered = 0;
        for (Api.Reply reply : AtOnce.send(40, () -> clerk.post("/api/orders", body))) {
            assertEquals(201, reply.status(), reply::toString);
            JsonObject line = reply.object().getJsonArray("lines").getJsonObject(0);
            processed += line.getInt("processed");
            backordered += line.getInt("backordered");
        }
        assertEquals(20, processed);
        assertEquals(20, backordered);

        JsonObject level = catalog.level(warehouse, sku);
        assertEquals(List.of(20, 20, 0), List.of(level.getInt("onHand"), level.getInt("allocated"), level.getInt("available")));
        assertEquals("20", clerk.get("/api/orders?status=COMPLETED&customer=" + customer).header("X-Total-Count"));
        assertEquals("20", clerk.get("/api/orders?status=BACKORDERED&customer=" + customer).header("X-Total-Count"));
    }

    @Test
    void tenShortOrdersForOneSupplierAtOnceAreAllPlacedAndAllOnOrder() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String supplier = catalog.supplier(false);
        String customer = catalog.customer("null");
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            skus.add(catalog.product(supplier, 0, false));
            catalog.stock(warehouse, skus.get(i), 0);
        }
        Api clerk = Api.at(base).as("clerk", "demo");
        AtomicInteger next = new AtomicInteger();
        List<Api.Reply> replies = AtOnce.send(10, () -> clerk.post("/api/orders", json(
                "{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}]}", customer, warehouse, skus.get(next.getAndIncrement()))));
        assertTrue(replies.stream().allMatch(reply -> reply.status() == 201), "no clerk's order fails for another's: " + replies);
        Set<String> purchaseOrders = new HashSet<>();
        replies.forEach(reply -> purchaseOrders.add(reply.object().getJsonArray("purchaseOrders").getString(0)));
        int ordered = 0;
        for (String po : purchaseOrders) {
            for (JsonObject line : Api.at(base).as("manager", "demo").get("/api/purchase-orders/" + po).object()
                    .getJsonArray("lines").getValuesAs(JsonObject.class)) {
                ordered += line.getInt("quantity");
            }
        }
        assertEquals(20, ordered, "every shortfall is on order once: " + purchaseOrders);
    }

    @Test
    void tenReceiptsOfTheSamePurchaseOrderLineAtOnceReceiveItOnce() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String supplier = catalog.supplier(false);
        String sku = catalog.product(supplier, 0, false);
        String other = catalog.product(supplier, 0, false);
        String customer = catalog.customer("null");
        catalog.stock(warehouse, sku, 0);
        catalog.stock(warehouse, other, 0);
        JsonObject order = Api.at(base).as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s',"
                + "'lines':[{'sku':'%s','quantity':5},{'sku':'%s','quantity':5}]}", customer, warehouse, sku, other)).object();
        // one purchase order with two lines: receiving one leaves it open, so nothing but its line says what came
        String po = order.getJsonArray("purchaseOrders").getString(0);

        Api manager = Api.at(base).as("manager", "demo");
        assertEquals(0, manager.get("/api/purchase-orders/" + po).object().getJsonArray("lines").getJsonObject(0).getInt("received"),
                "nothing received yet (and the manager signed in, so that the receipts start together)");
        String body = json("{'lines':[{'sku':'%s','quantity':5}]}", sku);
        List<Api.Reply> replies = AtOnce.send(10, () -> manager.post("/api/purchase-orders/" + po + "/receipts", body));
        assertEquals(1, replies.stream().filter(reply -> reply.status() == 200).count(),
                "one receipt takes the line's five units, the others are refused: " + replies);
        assertTrue(replies.stream().allMatch(reply -> reply.status() == 200 || reply.status() == 400 || reply.status() == 409),
                replies::toString);
        JsonObject level = catalog.level(warehouse, sku);
        assertEquals(5, level.getInt("onHand"), "five units arrived, not fifty");
        assertEquals(5, manager.get("/api/purchase-orders/" + po).object().getJsonArray("lines").getJsonObject(0).getInt("received"));
    }

    @Test
    void sixReceivesOfTheSameTransferAtOnceBringItInOnceAndTheOthersHearWhy() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String source = catalog.warehouse(2);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null");
        catalog.stock(warehouse, sku, 0);
        catalog.stock(source, sku, 5);
        JsonObject order = Api.at(base).as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s',"
                + "'lines':[{'sku':'%s','quantity':5}],'policy':['TRANSFER','BACKORDER']}", customer, warehouse, sku)).object();
        String transfer = order.getJsonArray("transfers").getString(0);
        Api manager = Api.at(base).as("manager", "demo");
        assertEquals(200, manager.post("/api/transfers/" + transfer + "/ship", "").status());

        List<Api.Reply> replies = AtOnce.send(6, () -> manager.post("/api/transfers/" + transfer + "/receive", ""));
        assertEquals(1, replies.stream().filter(reply -> reply.status() == 200).count(), replies::toString);
        assertTrue(replies.stream().allMatch(reply -> reply.status() == 200 || reply.status() == 409), replies::toString);
        JsonObject level = catalog.level(warehouse, sku);
        assertEquals(5, level.getInt("onHand"), "five units came in, once");
        assertEquals("COMPLETED", manager.get("/api/orders/" + order.getString("number")).object().getString("status"));
    }
}
