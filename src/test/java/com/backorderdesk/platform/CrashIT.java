package com.backorderdesk.platform;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Books;
import com.backorderdesk.support.ServerProcess;
import com.backorderdesk.support.Storm;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answered request is durable: a storm of orders, receipts and stock counts, the server
 * killed with {@code kill -9} in the middle of it (at three different moments), and then, read
 * straight from the database with the server down and again through the API after a restart:
 * every answered order is there, whole; every answered receipt and count is in the ledger; and
 * the books agree. Runs its own server process on the default H2 file database, or on the
 * tests' PostgreSQL when {@code test.db} names one.
 */
class CrashIT {

    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.fresh("crash-server", 200).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void nothingAnsweredIsLostWhenTheServerIsKilledMidStorm() throws Exception {
        for (long killAfterMillis : List.of(3_000L, 6_000L, 9_000L)) {
            Api api = Api.at(server.url());
            Storm storm = new Storm(api, Storm.Stage.create(api, 6));
            CompletableFuture<Storm.Answers> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return storm.run(16, 10_000, 10_000);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(killAfterMillis);
            server.kill();
            storm.stop();
            Storm.Answers answers = running.get();
            String round = "killed after " + killAfterMillis + " ms, " + answers.orders().size() + " orders, "
                    + answers.receipts().size() + " receipts and " + answers.counts().size() + " counts answered: ";
            System.out.println("CrashIT: " + round + answers.unanswered() + " cut off by the kill");
            assertEquals(List.of(), answers.refused(), round + "nothing refused before the kill");
            assertTrue(answers.orders().size() > 0, round + "the storm was under way");

            try (Connection connection = server.database()) {
                assertEquals(List.of(), Books.disagreements(connection), round + "the books agree");
                for (Storm.Order order : answers.orders()) {
                    assertEquals(order.quantities(), linesOf(connection, order.number()), round + order.number() + " is there, whole");
                }
                for (Storm.Receipt receipt : answers.receipts()) {
                    assertEquals(1, movements(connection, receipt.reference()), round + receipt.reference() + " is in the ledger");
                }
            }

            server.start();
            Api clerk = api.as("clerk", "demo");
            for (Storm.Order order : answers.orders()) {
                Api.Reply reply = clerk.get("/api/orders/" + order.number());
                assertEquals(200, reply.status(), round + reply);
            }
            if (!answers.counts().isEmpty()) {
                Storm.Count last = answers.counts().get(answers.counts().size() - 1);
                JsonObject level = clerk.get("/api/stock/" + last.sku()).object().getJsonArray("levels").getValuesAs(JsonObject.class)
                        .stream().filter(l -> l.getString("warehouse").equals(last.warehouse())).findFirst().orElseThrow();
                assertTrue(level.getInt("onHand") >= last.onHand(), round + "the last answered count stands: " + level);
            }
        }
    }

    /**
     * A request key and the work it did are committed together: clerks place keyed orders until
     * the server is killed, then send every key again, the answered ones and those the kill cut
     * off. Each answered key gets its first order back; each key ends up with exactly one order.
     */
    @Test
    void aKeyAndItsOrderSurviveAKillTogether() throws Exception {
        if (!server.running()) {
            server.start();
        }
        Api api = Api.at(server.url());
        Storm.Stage stage = Storm.Stage.create(api, 1);
        Api clerk = api.as("clerk", "demo");
        String body = Api.json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}],'policy':['BACKORDER']}",
                stage.customer(), stage.main(), stage.skus().get(0));
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Map<String, String> answered = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        List<CompletableFuture<Void>> clerks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clerks.add(CompletableFuture.runAsync(() -> {
                while (!killed.get()) {
                    String key = UUID.randomUUID().toString();
                    sent.add(key);
                    try {
                        Api.Reply reply = clerk.with("Idempotency-Key", key).post("/api/orders", body);
                        assertEquals(201, reply.status(), reply::toString);
                        answered.put(key, reply.object().getString("number"));
                    } catch (IllegalStateException cutOff) {
                        return; // the kill
                    }
                }
            }));
        }
        Thread.sleep(4_000);
        server.kill();
        killed.set(true);
        CompletableFuture.allOf(clerks.toArray(CompletableFuture[]::new)).get();
        String round = sent.size() + " keys sent, " + answered.size() + " answered before the kill: ";
        assertTrue(answered.size() > 0, round + "the clerks were under way");

        server.start();
        Set<String> numbers = new HashSet<>();
        for (String key : sent) {
            Api.Reply again = clerk.with("Idempotency-Key", key).post("/api/orders", body);
            assertEquals(201, again.status(), round + again);
            String number = again.object().getString("number");
            if (answered.containsKey(key)) {
                assertEquals(answered.get(key), number, round + "an answered key gets its order back");
                assertEquals("true", again.header("Idempotent-Replayed"), round + again);
            }
            numbers.add(number);
        }
        assertEquals(sent.size(), numbers.size(), round + "one order per key");
        // every key's order and the stage's own: no order was placed twice, none without its key
        assertEquals(String.valueOf(sent.size() + 1), clerk.get("/api/orders?customer=" + stage.customer()).header("X-Total-Count"), round);
    }

    private static Map<String, Integer> linesOf(Connection connection, String number) throws SQLException {
        Map<String, Integer> lines = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select p.sku, l.quantity from order_line l "
                + "join sales_order o on o.id = l.order_id join product p on p.id = l.product_id where o.number = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return lines;
    }

    private static int movements(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from stock_movement where reference = ?")) {
            query.setString(1, reference);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
