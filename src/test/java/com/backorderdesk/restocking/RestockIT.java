package com.backorderdesk.restocking;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.FailedMails;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestUsers;
import com.backorderdesk.support.WebSession;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stock arriving fills waiting orders at once, in the right order, with alerts in the app and by mail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestockIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api manager;
    TestCatalog catalog;
    String warehouse;
    String supplier;
    String customer;

    @BeforeEach
    void setUp() {
        manager = Api.at(base).as("manager", "demo");
        catalog = new TestCatalog(Api.at(base));
        warehouse = catalog.warehouse(1);
        supplier = catalog.supplier(false);
        customer = catalog.customer("null");
    }

    private JsonObject order(Api as, String sku, int quantity, String policy, boolean rush) {
        Api.Reply reply = as.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d}],'policy':%s,'rush':%b}",
                customer, warehouse, sku, quantity, policy, rush));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    private String openPurchaseOrder(String sku) {
        return manager.get("/api/purchase-orders?status=OPEN&sku=" + sku).array().getJsonObject(0).getString("number");
    }

    private Api.Reply receive(String po, String sku, int quantity) {
        return manager.post("/api/purchase-orders/" + po + "/receipts", json("{'lines':[{'sku':'%s','quantity':%d}]}", sku, quantity));
    }

    private JsonObject get(String order) {
        return manager.get("/api/orders/" + order).object();
    }

    @Test
    void rushOrdersFirstThenOldestFirst() {
        String sku = catalog.product(supplier, 0, false);
        String o1 = order(manager, sku, 3, "['BACKORDER']", false).getString("number");
        String o2 = order(manager, sku, 2, "['BACKORDER']", true).getString("number");
        String o3 = order(manager, sku, 4, "['BACKORDER']", false).getString("number");
        String po = openPurchaseOrder(sku);

        Api.Reply receipt = receive(po, sku, 6);
        assertEquals(200, receipt.status(), receipt::toString);
        List<String> matches = receipt.object().getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("order") + ":" + m.getInt("quantity")).toList();
        assertEquals(List.of(o2 + ":2", o1 + ":3", o3 + ":1"), matches);
        assertEquals("COMPLETED", get(o2).getString("status"));
        assertEquals("COMPLETED", get(o1).getString("status"));
        JsonObject third = get(o3);
        assertEquals("PARTIALLY_COMPLETED", third.getString("status"), "a receipt may fill an order partly");
        assertEquals(3, third.getJsonArray("lines").getJsonObject(0).getInt("backordered"));
        assertEquals(1, third.getJsonArray("shipments").size());

        List<String> alerts = manager.get("/api/alerts?order=" + o1).array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("sku") + ":" + a.getInt("quantity") + ":" + a.getString("source")).toList();
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).startsWith(sku + ":3:" + po + " receipt RC-"), alerts.get(0));
        JsonObject backorder = manager.get("/api/backorders?sku=" + sku).array().getJsonObject(0);
        assertEquals(o3, backorder.getString("order"));
        assertEquals(3, backorder.getJsonArray("waiting").getJsonObject(0).getInt("quantity"));
    }

    @Test
    void aParkedOrderIsReleasedOnlyWhenComplete() {
        String sku = catalog.product(supplier, 0, false);
        String parked = order(manager, sku, 6, "['PARK']", false).getString("number");
        String po = openPurchaseOrder(sku);
        receive(po, sku, 4);
        JsonObject half = get(parked);
        assertEquals("PARKED", half.getString("status"));
        assertEquals(4, half.getJsonArray("lines").getJsonObject(0).getInt("allocated"));
        assertTrue(half.getJsonArray("shipments").isEmpty());
        receive(po, sku, 2);
        JsonObject complete = get(parked);
        assertEquals("COMPLETED", complete.getString("status"));
        assertEquals(1, complete.getJsonArray("shipments").size(), "released complete on one record");
        assertEquals(6, complete.getJsonArray("shipments").getJsonObject(0).getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals("RECEIVED", manager.get("/api/purchase-orders/" + po).object().getString("status"));
    }

    @Test
    void aSplitChildIsFilledByTheReceipt() {
        String sku = catalog.product(supplier, 0, false);
        catalog.stock(warehouse, sku, 2);
        JsonObject parent = order(manager, sku, 6, "['SPLIT']", false);
        String child = parent.getJsonArray("childOrders").getString(0);
        receive(openPurchaseOrder(sku), sku, 4);
        assertEquals("COMPLETED", get(child).getString("status"));
    }

    @Test
    void theOrderPageExplainsWhereEachQuantityCameFromInTheOrderItCame() {
        String sku = catalog.product(supplier, 0, false);
        catalog.stock(warehouse, sku, 2);
        String number = order(manager, sku, 5, "['BACKORDER']", false).getString("number");
        String po = openPurchaseOrder(sku);
        String reference = receive(po, sku, 3).object().getString("reference");

        String page = new WebSession(base).login("manager", "demo").get("/orders/" + number).body();
        Matcher table = Pattern.compile("<table id=\"sources\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(page);
        assertTrue(table.find(), "the order page has the sources table");
        List<String> rows = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1)).results()
                .map(row -> Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1)).results().skip(1)
                        .map(cell -> cell.group(1).trim()).reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
        assertEquals(List.of(sku + " | 2 | stock on hand | " + warehouse + " | On hand when " + number + " was placed"
                        + " | On hand at " + warehouse + " when the order was placed.",
                sku + " | 3 | purchase receipt | " + warehouse + " | " + po + " receipt " + reference
                        + " | Next in the queue when the stock arrived: rush orders first, then the oldest first (by when the order was placed)."),
                rows, "each source with why this order got it");
    }

    @Test
    void badReceiptsAreRefusedAndChangeNothing() {
        String sku = catalog.product(supplier, 0, false);
        String other = catalog.product(supplier, 0, false);
        order(manager, sku, 3, "['BACKORDER']", false);
        String po = openPurchaseOrder(sku);
        for (String body : List.of("{'lines':[{'sku':'%s','quantity':0}]}", "{'lines':[{'sku':'%s','quantity':-1}]}",
                "{'lines':[{'sku':'%s','quantity':4}]}", "{'lines':[]}")) {
            Api.Reply refused = manager.post("/api/purchase-orders/" + po + "/receipts", json(body, sku));
            assertEquals(400, refused.status(), body + " " + refused);
        }
        assertEquals(400, manager.post("/api/purchase-orders/" + po + "/receipts", json("{'lines':[{'sku':'%s','quantity':'x'}]}", sku)).status());
        Api.Reply notOnIt = receive(po, other, 1);
        assertEquals(400, notOnIt.status());
        assertEquals("lines[0].sku", notOnIt.object().getString("field"));
        assertEquals(403, Api.at(base).as("clerk", "demo").post("/api/purchase-orders/" + po + "/receipts", json("{'lines':[{'sku':'%s','quantity':1}]}", sku)).status());
        assertEquals(404, receive("PO-0", sku, 1).status());
        assertEquals(0, manager.get("/api/purchase-orders/" + po).object().getJsonArray("lines").getJsonObject(0).getInt("received"));
        assertEquals(0, catalog.level(warehouse, sku).getInt("onHand"));
        assertEquals(200, receive(po, sku, 3).status());
        assertEquals(409, receive(po, sku, 1).status(), "a fully received purchase order takes nothing more");
    }

    @Test
    void onTheReceiptPageAnOverReceiptIsShownBesideItsRowAndChangesNothing() {
        String first = catalog.product(supplier, 0, false);
        String second = catalog.product(supplier, 0, false);
        order(manager, first, 2, "['BACKORDER']", false);
        order(manager, second, 3, "['BACKORDER']", false);
        String po = openPurchaseOrder(second);
        List<String> rows = manager.get("/api/purchase-orders/" + po).object().getJsonArray("lines").stream()
                .map(l -> ((JsonObject) l).getString("sku")).toList();
        int row = rows.indexOf(second);
        assertEquals(2, rows.size(), "one purchase order for both products of the supplier");

        WebSession page = new WebSession(base).login("manager", "demo");
        page.get("/purchase-orders/" + po);
        var refused = page.post("/purchase-orders/" + po + "/receipts", Map.of("lines[" + (1 - row) + "].quantity", "",
                "lines[" + row + "].quantity", "9", "action", "receive"));
        assertEquals(400, refused.statusCode());
        Matcher cell = Pattern.compile("<td class=\"has-error\">\\s*<input name=\"lines\\[" + row + "]\\.quantity\".*?<p class=\"error\"[^>]*>([^<]*)</p>",
                Pattern.DOTALL).matcher(refused.body());
        assertTrue(cell.find(), "the message stands beside the purchase order's row " + row);
        assertEquals("Only 3 of " + second + " are still to come on " + po + ".", cell.group(1));
        assertEquals(0, manager.get("/api/purchase-orders/" + po).object().getJsonArray("lines").getJsonObject(row).getInt("received"));
    }

    @Test
    void withMatchingSwitchedOffStockWaitsAsFillableNowUntilMatchedByHand() {
        String manual = Api.unique("WH");
        assertEquals(201, manager.post("/api/warehouses", json("{'code':'%s','name':'Manual','priority':9,'autoMatch':false}", manual)).status());
        String sku = catalog.product(supplier, 0, false);
        Api.Reply placed = manager.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}]}", customer, manual, sku));
        String number = placed.object().getString("number");
        Api.Reply receipt = receive(openPurchaseOrder(sku), sku, 2);
        assertTrue(receipt.object().getJsonArray("matches").isEmpty(), "nothing matched on receipt");
        JsonObject waiting = manager.get("/api/backorders?warehouse=" + manual).array().getJsonObject(0);
        assertEquals(number, waiting.getString("order"));
        assertTrue(waiting.getBoolean("fillableNow"));

        WebSession page = new WebSession(base).login("manager", "demo");
        assertTrue(page.get("/backorders?warehouse=" + manual).body().contains("fillable now"));
        assertEquals(303, page.post("/backorders/match", Map.of("order", number)).statusCode());
        assertEquals("COMPLETED", get(number).getString("status"));
        assertTrue(manager.get("/api/backorders?warehouse=" + manual).array().isEmpty());
    }

    @Test
    void anUpwardStockCountAlsoFillsWaitingOrders() {
        String sku = catalog.product(supplier, 0, false);
        String number = order(manager, sku, 2, "['BACKORDER']", false).getString("number");
        catalog.stock(warehouse, sku, 5);
        assertEquals("COMPLETED", get(number).getString("status"));
        assertEquals(3, catalog.level(warehouse, sku).getInt("available"));
    }

    @Test
    void theUserWhoEnteredTheOrdersGetsOneMailPerReceiptListingThemAll() throws Exception {
        String clerk = TestUsers.create(base, "mail", "CLERK");
        Api asClerk = Api.at(base).as(clerk, TestUsers.PASSWORD);
        String sku = catalog.product(supplier, 0, false);
        String first = order(asClerk, sku, 1, "['BACKORDER']", false).getString("number");
        String second = order(asClerk, sku, 2, "['BACKORDER']", false).getString("number");
        String byManager = order(manager, sku, 1, "['BACKORDER']", false).getString("number");
        receive(openPurchaseOrder(sku), sku, 4);

        // wait for this clerk's mail itself (other mails may be under way), then a moment for any second one
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline && mailsTo(clerk + "@example.com").length == 0) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        MimeMessage[] mine = mailsTo(clerk + "@example.com");
        assertEquals(1, mine.length, "one mail per user per receipt");
        assertTrue(mine[0].getSubject().startsWith("Restock: 2 orders filled by"), mine[0].getSubject());
        MimeMultipart parts = (MimeMultipart) mine[0].getContent();
        assertEquals(2, parts.getCount(), "plain text and HTML");
        String text = GreenMailUtil.getBody(parts.getBodyPart(0));
        String html = GreenMailUtil.getBody(parts.getBodyPart(1));
        assertTrue(parts.getBodyPart(0).getContentType().startsWith("text/plain"));
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/html"));
        for (String body : List.of(text, html)) {
            assertTrue(body.contains(first) && body.contains(second), body);
            assertFalse(body.contains(byManager + "<") || body.contains(byManager + " "), "another user's order is not in this mail");
        }
        WebSession session = new WebSession(base).login(clerk, TestUsers.PASSWORD);
        String home = session.get("/").body();
        Matcher badge = Pattern.compile("id=\"alert-badge\">(\\d+)<").matcher(home);
        assertTrue(badge.find(), "the alert badge shows");
        assertEquals("2", badge.group(1));
        session.post("/alerts/read", Map.of());
        assertFalse(session.get("/").body().contains("id=\"alert-badge\""), "read alerts leave the badge");
    }

    @Test
    void theAlertBadgeCountsToNinetyNineAndThenSaysMore() {
        String clerk = TestUsers.create(base, "busy", "CLERK");
        Api asClerk = Api.at(base).as(clerk, TestUsers.PASSWORD);
        String sku = catalog.product(supplier, 0, false);
        for (int i = 0; i < 101; i++) {
            order(asClerk, sku, 1, "['BACKORDER']", false);
        }
        assertEquals(200, receive(openPurchaseOrder(sku), sku, 101).status());
        WebSession session = new WebSession(base).login(clerk, TestUsers.PASSWORD);
        String home = session.get("/").body();
        assertTrue(home.contains("id=\"alert-badge\">99+<"), "101 unread alerts: " + home.substring(Math.max(0, home.indexOf("alert-badge") - 20),
                Math.min(home.length(), home.indexOf("alert-badge") + 40)));
        session.post("/alerts/read", Map.of());
        assertFalse(session.get("/").body().contains("id=\"alert-badge\""), "all 101 read, not only the 100 counted");
    }

    @Test
    void aMailThatCannotBeSentWaitsInTheOutboxAndIsSentOnceLater() throws Exception {
        String clerk = TestUsers.create(base, "retry", "CLERK");
        String sku = catalog.product(supplier, 0, false);
        order(Api.at(base).as(clerk, TestUsers.PASSWORD), sku, 1, "['BACKORDER']", false);
        smtp.stop();
        Api.Reply receipt = receive(openPurchaseOrder(sku), sku, 1);
        assertEquals(200, receipt.status(), "a mail failure never rolls back the receipt");
        assertEquals(1, receipt.object().getJsonArray("matches").size());

        WebSession admin = new WebSession(base).login("admin", "demo");
        String id = FailedMails.await(admin, "restock alert", clerk + "@example.com");

        smtp.start();
        admin.get("/admin/outbox");
        assertEquals(303, admin.post("/admin/outbox/" + id + "/retry", Map.of()).statusCode());
        long deadline = System.currentTimeMillis() + 20_000; // other tests' mails arrive too: wait for the clerk's
        while (mailsTo(clerk + "@example.com").length == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).equals(clerk + "@example.com")).count(), "sent exactly once");
    }

    private MimeMessage[] mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).equals(recipient)).toArray(MimeMessage[]::new);
    }

    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
