package com.backorderdesk.ordering;

import com.backorderdesk.planning.Strategy;
import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestWarehouses;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each strategy of docs/DESIGN.md end to end through the API, on fresh warehouses and products. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api clerk;
    Api manager;
    TestCatalog catalog;
    TestWarehouses wh;
    String supplier;
    String customer;

    @BeforeEach
    void setUp() {
        clerk = Api.at(base).as("clerk", "demo");
        manager = Api.at(base).as("manager", "demo");
        catalog = new TestCatalog(Api.at(base));
        wh = TestWarehouses.create(catalog);
        supplier = catalog.supplier(true);
        customer = catalog.customer("null");
    }

    private JsonObject place(String linesJson, String policy) {
        Api.Reply reply = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':%s,'policy':%s}", customer, wh.main(), linesJson, policy));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    private static String lines(Object... skuQuantity) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < skuQuantity.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(String.format("{\"sku\":\"%s\",\"quantity\":%d}", skuQuantity[i], skuQuantity[i + 1]));
        }
        return json.append("]").toString();
    }

    /** processed / allocated / inTransfer / dropShipped / backordered of the only line with that SKU. */
    private static void assertLine(JsonObject order, String sku, int p, int a, int t, int d, int b) {
        JsonObject line = order.getJsonArray("lines").stream().map(JsonObject.class::cast).filter(l -> l.getString("sku").equals(sku)).findFirst().orElseThrow();
        assertEquals(List.of(p, a, t, d, b), List.of(line.getInt("processed"), line.getInt("allocated"), line.getInt("inTransfer"),
                line.getInt("dropShipped"), line.getInt("backordered")), sku + " p/a/t/d/b in " + order);
        assertEquals(line.getInt("quantity"), p + a + t + line.getInt("backordered"));
    }

    /** warehouse -> (sku -> quantity) of the order's pick-pack-ship records. */
    private static Map<String, Map<String, Integer>> shipments(JsonObject order) {
        Map<String, Map<String, Integer>> result = new TreeMap<>();
        for (JsonObject s : order.getJsonArray("shipments").getValuesAs(JsonObject.class)) {
            for (JsonObject l : s.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                result.computeIfAbsent(s.getString("warehouse"), w -> new TreeMap<>()).merge(l.getString("sku"), l.getInt("quantity"), Integer::sum);
            }
        }
        return result;
    }

    private JsonObject purchaseOrder(JsonObject order, int index) {
        return manager.get("/api/purchase-orders/" + order.getJsonArray("purchaseOrders").getString(index)).object();
    }

    @Test
    void parkHoldsWhatItHasRaisesAPurchaseOrderAndCanBeCancelled() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 4);
        JsonObject order = place(lines(x, 6), "['PARK']");
        assertEquals("PARKED", order.getString("status"));
        assertLine(order, x, 0, 4, 0, 0, 2);
        assertTrue(order.getJsonArray("shipments").isEmpty(), "no pick-pack-ship record");
        JsonObject po = purchaseOrder(order, 0);
        assertEquals("STOCK", po.getString("type"));
        assertEquals(wh.main(), po.getString("warehouse"));
        assertEquals(2, po.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(4, catalog.level(wh.main(), x).getInt("allocated"));
        assertEquals(2, catalog.level(wh.main(), x).getInt("onOrder"));

        Api.Reply cancelled = clerk.post("/api/orders/" + order.getString("number") + "/cancel-backorder", null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        assertEquals(0, catalog.level(wh.main(), x).getInt("allocated"), "the held stock is released");
        assertEquals(409, clerk.post("/api/orders/" + order.getString("number") + "/cancel-backorder", null).status());
    }

    @Test
    void splitCompletesTheParentAndOpensALinkedChild() {
        String x = catalog.product(supplier, 0, false);
        String y = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 2);
        catalog.stock(wh.main(), y, 5);
        JsonObject parent = place(lines(x, 6, y, 3), "['SPLIT']");
        assertEquals("COMPLETED", parent.getString("status"));
        assertEquals(1, parent.getJsonArray("shipments").size(), "one record");
        assertEquals(Map.of(wh.main(), Map.of(x, 2, y, 3)), shipments(parent));
        assertLine(parent, x, 2, 0, 0, 0, 0);
        JsonArray children = parent.getJsonArray("childOrders");
        assertEquals(1, children.size());
        JsonObject child = clerk.get("/api/orders/" + children.getString(0)).object();
        assertEquals("BACKORDERED", child.getString("status"));
        assertEquals(parent.getString("number"), child.getString("parentOrder"));
        assertEquals(1, child.getJsonArray("lines").size());
        assertLine(child, x, 0, 0, 0, 0, 4);
        assertEquals(4, purchaseOrder(child, 0).getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    }

    @Test
    void multiWarehouseShipsFromEachWarehouseInPriorityOrder() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 1);
        catalog.stock(wh.east(), x, 4);
        catalog.stock(wh.west(), x, 9);
        JsonObject order = place(lines(x, 8), "['MULTI_WAREHOUSE','BACKORDER']");
        assertEquals("COMPLETED", order.getString("status"));
        assertEquals(Map.of(wh.main(), Map.of(x, 1), wh.east(), Map.of(x, 4), wh.west(), Map.of(x, 3)), shipments(order));
        assertEquals(3, order.getJsonArray("shipments").size(), "one record per warehouse");
        assertEquals(6, catalog.level(wh.west(), x).getInt("available"));
    }

    @Test
    void transferHoldsTheSourceStockAndFillsTheLineOnReceipt() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 2);
        catalog.stock(wh.east(), x, 6);
        JsonObject order = place(lines(x, 5), "['TRANSFER','BACKORDER']");
        assertEquals("PARTIALLY_COMPLETED", order.getString("status"));
        assertLine(order, x, 2, 0, 3, 0, 0);
        assertEquals(Map.of(wh.main(), Map.of(x, 2)), shipments(order));
        String transferId = order.getJsonArray("transfers").getString(0);
        JsonObject transfer = manager.get("/api/transfers/" + transferId).object();
        assertEquals(List.of(wh.east(), wh.main(), x, "3", "REQUESTED", order.getString("number")),
                List.of(transfer.getString("from"), transfer.getString("to"), transfer.getString("sku"),
                        String.valueOf(transfer.getInt("quantity")), transfer.getString("status"), transfer.getString("salesOrder")));
        assertEquals(3, catalog.level(wh.east(), x).getInt("available"), "held at the source at once");
        assertEquals(3, catalog.level(wh.main(), x).getInt("inTransit"));

        assertEquals(409, manager.post("/api/transfers/" + transferId + "/receive", null).status(), "not shipped yet");
        assertEquals(403, clerk.post("/api/transfers/" + transferId + "/ship", null).status());
        assertEquals("IN_TRANSIT", manager.post("/api/transfers/" + transferId + "/ship", null).object().getString("status"));
        assertEquals(3, catalog.level(wh.east(), x).getInt("onHand"));
        assertEquals("RECEIVED", manager.post("/api/transfers/" + transferId + "/receive", null).object().getString("status"));

        JsonObject filled = clerk.get("/api/orders/" + order.getString("number")).object();
        assertEquals("COMPLETED", filled.getString("status"));
        assertEquals(2, filled.getJsonArray("shipments").size(), "a second record at the order's warehouse");
        assertEquals(Map.of(wh.main(), Map.of(x, 5)), shipments(filled));
        assertEquals(0, catalog.level(wh.main(), x).getInt("inTransit"));
    }

    @Test
    void dropShipHasTheSupplierShipToTheCustomer() {
        String z = catalog.product(supplier, 0, true);
        JsonObject order = place(lines(z, 3), "['DROP_SHIP','BACKORDER']");
        assertEquals("COMPLETED", order.getString("status"));
        assertLine(order, z, 3, 0, 0, 3, 0);
        assertTrue(order.getJsonArray("shipments").isEmpty());
        JsonObject po = purchaseOrder(order, 0);
        assertEquals("DROP_SHIP", po.getString("type"));
        assertEquals("1 Test Street", po.getString("shipTo"));
        assertEquals("CLOSED", manager.post("/api/purchase-orders/" + po.getString("number") + "/confirm-shipment", null).object().getString("status"));
        assertEquals(409, manager.post("/api/purchase-orders/" + po.getString("number") + "/confirm-shipment", null).status());
    }

    @Test
    void dropShipDoesNotApplyToProductsThatCannotBeDropShipped() {
        String q = catalog.product(supplier, 0, false);
        JsonObject order = place(lines(q, 2), "['DROP_SHIP','BACKORDER']");
        assertEquals("BACKORDERED", order.getString("status"));
        assertLine(order, q, 0, 0, 0, 0, 2);
        assertEquals("STOCK", purchaseOrder(order, 0).getString("type"));
    }

    @Test
    void replenishmentTopsUpToTheMinimumAndConsolidates() {
        String a = catalog.product(supplier, 5, false);
        catalog.stock(wh.main(), a, 3);
        JsonObject first = place(lines(a, 10), "['BACKORDER']");
        assertEquals("PARTIALLY_COMPLETED", first.getString("status"));
        assertLine(first, a, 3, 0, 0, 0, 7);
        JsonObject po = purchaseOrder(first, 0);
        assertEquals(12, po.getJsonArray("lines").getJsonObject(0).getInt("quantity"));

        JsonObject second = place(lines(a, 2), "['BACKORDER']");
        assertEquals(po.getString("number"), second.getJsonArray("purchaseOrders").getString(0), "added to the open order");
        JsonObject consolidated = purchaseOrder(second, 0);
        assertEquals(14, consolidated.getJsonArray("lines").getJsonObject(0).getInt("quantity"), "7 + 2 + 5 - 12 more");
        assertEquals(2, consolidated.getJsonArray("salesOrders").size());
    }

    @Test
    void eachProductOfAnOrderIsToppedUpByWhatWaitsAndIsOnOrderForItAlone() {
        String waits = catalog.product(supplier, 5, false);
        String fresh = catalog.product(supplier, 3, false);
        catalog.stock(wh.main(), waits, 3);
        JsonObject first = place(lines(waits, 10), "['BACKORDER']");
        assertEquals(12, quantityOf(purchaseOrder(first, 0), waits), "7 waiting + 5 minimum");

        JsonObject second = place(lines(fresh, 4, waits, 2), "['BACKORDER']");
        JsonObject po = purchaseOrder(second, 0);
        assertEquals(14, quantityOf(po, waits), "9 waiting + 5 minimum, 12 of them on order already");
        assertEquals(7, quantityOf(po, fresh), "4 waiting + 3 minimum: none of the other product's waiting or on-order counted");
    }

    private static int quantityOf(JsonObject purchaseOrder, String sku) {
        return purchaseOrder.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> sku.equals(l.getString("sku")))
                .mapToInt(l -> l.getInt("quantity")).sum();
    }

    @Test
    void shippingMovesTheRecordAlongInOrderAndTakesStockOffTheShelf() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 5);
        JsonObject order = place(lines(x, 2), "['BACKORDER']");
        String record = order.getJsonArray("shipments").getJsonObject(0).getString("id");
        assertEquals(409, clerk.post("/api/shipments/" + record + "/status", "{\"status\":\"SHIPPED\"}").status());
        assertEquals(400, clerk.post("/api/shipments/" + record + "/status", "{\"status\":\"LOST\"}").status());
        for (String status : List.of("PICKED", "PACKED", "SHIPPED")) {
            Api.Reply moved = clerk.post("/api/shipments/" + record + "/status", "{\"status\":\"" + status + "\"}");
            assertEquals(status, moved.object().getString("status"), moved::toString);
        }
        assertEquals(409, clerk.post("/api/shipments/" + record + "/status", "{\"status\":\"PICKED\"}").status());
        JsonObject level = catalog.level(wh.main(), x);
        assertEquals(List.of(3, 0, 3), List.of(level.getInt("onHand"), level.getInt("allocated"), level.getInt("available")));
        assertEquals(2, clerk.get("/api/orders/" + order.getString("number")).object().getJsonArray("lines").getJsonObject(0).getInt("shipped"));
    }

    @Test
    void thePolicyComesFromTheOrderElseTheCustomerElseTheSystem() {
        String x = catalog.product(supplier, 0, false);
        String parker = catalog.customer("['PARK']");
        Api.Reply byCustomer = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':%s}", parker, wh.main(), lines(x, 1)));
        assertEquals(List.of("PARK"), byCustomer.object().getJsonArray("policy").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        Api.Reply bySystem = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':%s}", customer, wh.main(), lines(x, 1)));
        assertEquals("[\"BACKORDER\"]", bySystem.object().getJsonArray("policy").toString());
        assertEquals("BACKORDERED", bySystem.object().getString("status"));
    }

    @Test
    void previewShowsTheOutcomeAndChangesNothing() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 4);
        Api.Reply preview = clerk.post("/api/orders/preview", json("{'customer':'%s','warehouse':'%s','lines':%s,'policy':['PARK']}", customer, wh.main(), lines(x, 6)));
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.object().isNull("number"));
        assertEquals("PARKED", preview.object().getString("status"));
        assertLine(preview.object(), x, 0, 4, 0, 0, 2);
        assertEquals(0, catalog.level(wh.main(), x).getInt("allocated"));
        assertEquals(0, manager.get("/api/purchase-orders?sku=" + x).array().size());
    }

    @Test
    void adviceComparesThePoliciesAndChangesNothing() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 2);
        catalog.stock(wh.east(), x, 6);
        Api.Reply advice = clerk.post("/api/orders/advice", json("{'customer':'%s','warehouse':'%s','lines':%s}", customer, wh.main(), lines(x, 5)));
        assertEquals(200, advice.status(), advice::toString);
        JsonObject transfer = advice.object().getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonArray("policy").toString().equals("[\"TRANSFER\",\"BACKORDER\"]")).findFirst().orElseThrow();
        assertEquals(2, transfer.getInt("shipNowQuantity"));
        assertEquals("20.00", transfer.getString("shipNowValue"));
        assertEquals(java.time.LocalDate.now().plusDays(2).toString(), transfer.getString("completeBy"));
        assertEquals(0, transfer.getInt("purchaseOrders"));
        assertTrue(transfer.containsKey("extraCost") && transfer.containsKey("shipments") && transfer.containsKey("belowMinimum"));
        assertEquals("[\"MULTI_WAREHOUSE\",\"BACKORDER\"]", advice.object().getJsonArray("recommended").toString());
        assertTrue(advice.object().getString("reason").startsWith("MULTI_WAREHOUSE then BACKORDER: "), advice::toString);
        assertEquals(0, catalog.level(wh.east(), x).getInt("allocated"), "advice changes nothing");
        assertEquals(400, clerk.post("/api/orders/advice", json("{'customer':'%s','warehouse':'%s','lines':[]}", customer, wh.main())).status());

        com.backorderdesk.support.WebSession page = new com.backorderdesk.support.WebSession(base).login("clerk", "demo");
        page.get("/orders/new");
        java.util.Map<String, String> order = new java.util.HashMap<>(java.util.Map.of("rows", "5", "customer", customer, "warehouse", wh.main(),
                "lines[0].sku", x, "lines[0].quantity", "5"));
        order.put("action", "compare");
        String compared = page.post("/orders", order).body();
        assertTrue(compared.contains("What each strategy would mean for this order") && compared.contains("recommended"), "the comparison shows");
        order.remove("action");
        order.put("choose", "TRANSFER, BACKORDER");
        var placed = page.post("/orders", order);
        assertEquals(303, placed.statusCode(), placed.body());
        String number = placed.headers().firstValue("Location").orElseThrow().replaceAll(".*/orders/", "");
        assertEquals("[\"TRANSFER\",\"BACKORDER\"]", clerk.get("/api/orders/" + number).object().getJsonArray("policy").toString(), "placed with the chosen policy");
        String kept = page.get("/orders/" + number).body();
        assertTrue(kept.contains("Strategy comparison at entry") && kept.contains("TRANSFER, BACKORDER chosen by clerk"), "the comparison is kept");
    }

    @Test
    void duplicateSkusAreMergedIntoOneLine() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 10);
        JsonObject order = place(lines(x, 2, x, 3), "['BACKORDER']");
        assertEquals(1, order.getJsonArray("lines").size());
        assertEquals(5, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    }

    @Test
    void badOrdersAreRefusedWithTheFieldAndChangeNothing() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 10);
        String valid = lines(x, 1);
        assertRefused(404, "customer", json("{'customer':'NOPE','warehouse':'%s','lines':%s}", wh.main(), valid));
        assertRefused(404, "warehouse", json("{'customer':'%s','warehouse':'NOPE','lines':%s}", customer, valid));
        assertRefused(404, "lines[1].sku", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1},{'sku':'NOPE','quantity':1}]}", customer, wh.main(), x));
        assertRefused(400, "lines[0].quantity", json("{'customer':'%s','warehouse':'%s','lines':%s}", customer, wh.main(), lines(x, 0)));
        assertRefused(400, "lines[0].quantity", json("{'customer':'%s','warehouse':'%s','lines':%s}", customer, wh.main(), lines(x, -2)));
        assertRefused(400, "lines[0].quantity", json("{'customer':'%s','warehouse':'%s','lines':%s}", customer, wh.main(), lines(x, 1_000_001)));
        assertRefused(400, "lines[0].quantity", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':'many'}]}", customer, wh.main(), x));
        assertRefused(400, "lines[0].quantity", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1.5}]}", customer, wh.main(), x));
        assertRefused(400, "lines[0].quantity", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s'}]}", customer, wh.main(), x));
        assertRefused(400, "lines[1].quantity", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':600000},{'sku':'%s','quantity':600000}]}", customer, wh.main(), x, x));
        assertRefused(400, "lines", json("{'customer':'%s','warehouse':'%s','lines':[]}", customer, wh.main()));
        assertRefused(400, "policy", json("{'customer':'%s','warehouse':'%s','lines':%s,'policy':['TRANSFER']}", customer, wh.main(), valid));
        assertRefused(400, "policy", json("{'customer':'%s','warehouse':'%s','lines':%s,'policy':['PARK','SPLIT']}", customer, wh.main(), valid));
        assertEquals(0, clerk.get("/api/orders?customer=" + customer).array().size(), "no order was created");
        assertEquals(10, catalog.level(wh.main(), x).getInt("available"));
        assertEquals(404, clerk.get("/api/orders/SO-0").status());
    }

    @Test
    void everythingWrongWithAnOrderIsSaidAtOnce() {
        String x = catalog.product(supplier, 0, false);
        Api.Reply reply = clerk.post("/api/orders", json("{'customer':'NOPE','warehouse':'%s','policy':['PARK','SPLIT'],"
                + "'lines':[{'sku':'%s','quantity':1},{'sku':'NOPE','quantity':1}]}", wh.main(), x));
        assertEquals(404, reply.status(), reply::toString);
        assertEquals("customer", reply.object().getString("field"), "the first problem is the answer's");
        assertEquals(List.of("customer", "policy", "lines[1].sku"), List.copyOf(reply.object().getJsonObject("errors").keySet()),
                reply::toString);
        assertEquals(0, clerk.get("/api/orders?customer=NOPE").array().size());
    }

    @Test
    void listsFilterByStatusCustomerAndWarehouseNewestFirst() {
        String x = catalog.product(supplier, 0, false);
        catalog.stock(wh.main(), x, 1);
        JsonObject completed = place(lines(x, 1), "['BACKORDER']");
        JsonObject backordered = place(lines(x, 1), "['BACKORDER']");
        Api.Reply all = clerk.get("/api/orders?customer=" + customer + "&warehouse=" + wh.main());
        assertEquals("2", all.header("X-Total-Count"));
        assertEquals(backordered.getString("number"), all.array().getJsonObject(0).getString("number"), "newest first");
        Api.Reply done = clerk.get("/api/orders?status=COMPLETED&customer=" + customer);
        assertEquals(1, done.array().size());
        assertEquals(completed.getString("number"), done.array().getJsonObject(0).getString("number"));
        assertEquals(400, clerk.get("/api/orders?status=LOST").status());
        Api.Reply notANumber = clerk.get("/api/orders?page=abc");
        assertEquals(400, notANumber.status(), notANumber::toString);
        assertEquals("page", notANumber.object().getString("field"));
    }

    private void assertRefused(int status, String field, String body) {
        Api.Reply reply = clerk.post("/api/orders", body);
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(field, reply.object().getString("field", null), reply::toString);
        assertNull(reply.object().get("number"));
    }
}
