package com.backorderdesk.webhooks;

import com.backorderdesk.platform.Secrets;
import com.backorderdesk.support.Api;
import com.backorderdesk.support.Described;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.Receiver;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end, with a receiver inside the test on 127.0.0.1: signed deliveries of what
 * happened to an order, its purchase order and the receipt that filled it; a receiver that was
 * down gets the delivery when it is back; addresses of this server are refused unless allowed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private record Stage(String warehouse, String sku, String customer) {
    }

    private Stage stage() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        Stage stage = new Stage(catalog.warehouse(1), catalog.product(catalog.supplier(false), 0, false), catalog.customer("null"));
        catalog.stock(stage.warehouse(), stage.sku(), 1);
        return stage;
    }

    private JsonObject placeShortOrder(Stage stage) {
        Api.Reply placed = Api.at(base).as("clerk", "demo").post("/api/orders", json(
                "{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':3}],'policy':['BACKORDER']}", stage.customer(), stage.warehouse(), stage.sku()));
        assertEquals(201, placed.status(), placed::toString);
        return placed.object();
    }

    /** The delivery's body, checked against the description of its event (the OpenAPI document's "webhooks"). */
    private static JsonObject parsed(Receiver.Received received) {
        Described described = Described.file();
        try {
            assertEquals(List.of(), described.validate(described.document().path("webhooks").path(received.header("Backorder-Event"))
                    .path("post").path("requestBody").path("content").path("application/json").path("schema"),
                    new ObjectMapper().readTree(received.body())), "as described: " + received.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.createReader(new StringReader(received.body())).readObject();
    }

    private static boolean is(Receiver.Received received, String event, String mentioning) {
        return event.equals(received.header("Backorder-Event")) && received.body().contains("\"" + mentioning + "\"");
    }

    @Test
    void signedDeliveriesTellWhatHappenedToAnOrder() throws Exception {
        Api admin = Api.at(base).asAdmin();
        try (Receiver receiver = Receiver.start()) {
            Api.Reply registered = admin.post("/api/webhooks", json("{'url':'%s','events':['order.backordered','order.completed','restock.matched','purchase-order.raised'],'allowLoopback':true}",
                    receiver.url("/hooks")));
            assertEquals(201, registered.status(), registered::toString);
            String secret = registered.object().getString("secret");
            long endpoint = registered.object().getJsonNumber("id").longValue();
            try {
                Stage stage = stage();
                JsonObject order = placeShortOrder(stage);
                String number = order.getString("number");
                String po = order.getJsonArray("purchaseOrders").getString(0);

                Receiver.Received backordered = receiver.await(r -> is(r, "order.backordered", number), PATIENCE);
                Matcher signature = SIGNATURE.matcher(backordered.header("Backorder-Signature"));
                assertTrue(signature.matches(), backordered.headers()::toString);
                assertEquals(Secrets.hmacSha256(secret, signature.group(1) + "." + backordered.body()), signature.group(2), "signed with the secret");
                assertTrue(Math.abs(Long.parseLong(signature.group(1)) - System.currentTimeMillis() / 1000) < 120, "signed now");
                JsonObject event = parsed(backordered);
                assertEquals("order.backordered", event.getString("type"));
                assertEquals(backordered.header("Backorder-Event-Id"), event.getString("id"));
                JsonObject data = event.getJsonObject("data");
                assertEquals(stage.customer(), data.getString("customer"));
                assertEquals(2, data.getJsonArray("lines").getJsonObject(0).getInt("backordered"));

                Receiver.Received raised = receiver.await(r -> is(r, "purchase-order.raised", po), PATIENCE);
                assertEquals(stage.sku(), parsed(raised).getJsonObject("data").getJsonArray("lines").getJsonObject(0).getString("sku"));

                Api.Reply receipt = Api.at(base).as("manager", "demo").post("/api/purchase-orders/" + po + "/receipts",
                        json("{'lines':[{'sku':'%s','quantity':2}]}", stage.sku()));
                assertEquals(200, receipt.status(), receipt::toString);
                Receiver.Received matched = receiver.await(r -> is(r, "restock.matched", number), PATIENCE);
                assertEquals(2, parsed(matched).getJsonObject("data").getJsonArray("matches").getJsonObject(0).getInt("quantity"));
                Receiver.Received completed = receiver.await(r -> is(r, "order.completed", number), PATIENCE);
                assertEquals("COMPLETED", parsed(completed).getJsonObject("data").getString("status"));

                Api.Reply log = admin.get("/api/webhooks/" + endpoint + "/deliveries");
                assertEquals(200, log.status(), log::toString);
                for (JsonObject delivery : log.array().getValuesAs(JsonObject.class)) {
                    assertEquals("DELIVERED", delivery.getString("status"), delivery::toString);
                    assertEquals(204, delivery.getInt("lastStatus"));
                }
                assertEquals("4", log.header("X-Total-Count"), log::toString);
            } finally {
                assertEquals(204, admin.send("DELETE", "/api/webhooks/" + endpoint, null).status());
            }
        }
    }

    @Test
    void aReceiverThatWasDownGetsTheDeliveryWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        Api admin = Api.at(base).asAdmin();
        Api.Reply registered = admin.post("/api/webhooks", json("{'url':'http://127.0.0.1:%d/hooks','events':['order.backordered'],'allowLoopback':true}", port));
        assertEquals(201, registered.status(), registered::toString);
        long endpoint = registered.object().getJsonNumber("id").longValue();
        try {
            String number = placeShortOrder(stage()).getString("number");
            JsonObject failed = awaitDelivery(admin, endpoint, d -> d.getInt("attempts") >= 1);
            assertEquals("PENDING", failed.getString("status"), failed::toString);
            assertTrue(failed.getString("lastError").contains("ConnectException"), failed::toString);

            try (Receiver receiver = Receiver.startOn(port)) {
                receiver.await(r -> is(r, "order.backordered", number), PATIENCE);
                JsonObject delivered = awaitDelivery(admin, endpoint, d -> d.getString("status").equals("DELIVERED"));
                assertTrue(delivered.getInt("attempts") >= 2, delivered::toString);
            }
        } finally {
            admin.send("DELETE", "/api/webhooks/" + endpoint, null);
        }
    }

    private static JsonObject awaitDelivery(Api admin, long endpoint, java.util.function.Predicate<JsonObject> wanted) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < until) {
            Api.Reply log = admin.get("/api/webhooks/" + endpoint + "/deliveries");
            if (!log.array().isEmpty()) {
                last = log.array().getJsonObject(0);
                if (wanted.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The delivery did not get there: " + last);
    }

    @Test
    void theSettingsPagesRegisterShowTheLogAndRemoveAfterAsking() throws Exception {
        WebSession page = new WebSession(base).login("admin", "demo");
        page.get("/admin/settings/webhooks");
        HttpResponse<String> invalid = page.post("/admin/settings/webhooks", Map.of("url", "http://localhost/x"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("this server itself") && invalid.body().contains("choose at least one event"), "both at once");

        try (Receiver receiver = Receiver.start()) {
            page.get("/admin/settings/webhooks");
            String form = "url=" + java.net.URLEncoder.encode(receiver.url("/page"), java.nio.charset.StandardCharsets.UTF_8)
                    + "&events=order.backordered&allowLoopback=true";
            HttpResponse<String> registered = page.postEncoded("/admin/settings/webhooks", form);
            assertEquals(200, registered.statusCode());
            assertTrue(registered.body().contains("id=\"new-secret\"") && registered.body().contains("whsec_"), "the secret, shown once");
            long id = Api.at(base).asAdmin().get("/api/webhooks").array().getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("url").equals(receiver.url("/page"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
            assertTrue(!page.get("/admin/settings/webhooks").body().contains("whsec_"), "never again");

            String number = placeShortOrder(stage()).getString("number");
            receiver.await(r -> is(r, "order.backordered", number), PATIENCE);
            awaitDelivery(Api.at(base).asAdmin(), id, d -> d.getString("status").equals("DELIVERED"));
            String log = page.get("/admin/settings/webhooks/" + id).body();
            assertTrue(log.contains("An order is backordered") && log.contains("delivered"), "the log in plain words");

            assertTrue(page.get("/admin/settings/webhooks/" + id + "/remove").body().contains("Remove the webhook"), "asks first");
            assertEquals(303, page.post("/admin/settings/webhooks/" + id + "/remove", Map.of()).statusCode());
            assertEquals(404, Api.at(base).asAdmin().get("/api/webhooks/" + id).status());
        }
    }

    @Test
    void thisServersOwnAddressesAndBadInputAreRefused() {
        Api admin = Api.at(base).asAdmin();
        for (String url : new String[]{"http://127.0.0.1:9/hooks", "http://localhost/hooks", "http://[::1]/hooks"}) {
            Api.Reply refused = admin.post("/api/webhooks", json("{'url':'%s','events':['order.completed']}", url));
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("url", refused.object().getString("field"));
            assertTrue(refused.object().getString("error").contains("this server itself"), refused::toString);
        }
        Api.Reply metadata = admin.post("/api/webhooks", json("{'url':'http://169.254.169.254/latest/meta-data','events':['order.completed'],'allowLoopback':true}"));
        assertEquals(400, metadata.status(), "a cloud's metadata address, loopback allowed or not: " + metadata);
        Api.Reply both = admin.post("/api/webhooks", json("{'url':'ftp://example.com/x','events':['order.shipped']}"));
        assertEquals(400, both.status(), both::toString);
        assertEquals(2, both.object().getJsonObject("errors").size(), "every field at once: " + both);
        assertEquals(403, Api.at(base).as("manager", "demo").get("/api/webhooks").status());
        assertEquals(404, admin.get("/api/webhooks/987654321").status());
    }
}
