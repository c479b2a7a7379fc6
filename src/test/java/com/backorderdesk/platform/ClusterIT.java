package com.backorderdesk.platform;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.AtOnce;
import com.backorderdesk.support.Books;
import com.backorderdesk.support.Cluster;
import com.backorderdesk.support.Storm;
import com.backorderdesk.support.TcpRelay;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestUsers;
import com.backorderdesk.support.WebSession;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.sql.Connection;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same WAR on two nodes of a WildFly cluster (HA layers, JGroups TCP on loopback), started
 * at the same moment on one empty database, behind WildFly's own balancer: they form one
 * cluster; clerks on both nodes at once never oversell; a mail is sent once though both nodes
 * send; failed sign-ins count on both; a clerk signed in through the balancer keeps the session,
 * its CSRF token and the memory of a form sent once when the node serving them is killed with
 * {@code kill -9}; each node's dashboard shows another node's change within its refresh time; a storm of orders, receipts and counts spread over both nodes loses nothing
 * that was answered when one node is killed in the middle of it; and a mail a node was sending
 * when it was killed is sent once, by the other node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final int DASHBOARD_SECONDS = 2;
    private static Cluster cluster;
    private static Api one;
    private static Api two;
    /** Each node's way to the SMTP server, to make it hang for one node. */
    private static final List<TcpRelay> smtpOf = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.of("cluster", 500, 600).balancedAt("cluster-balancer", 900).with("-DBACKORDER_DASHBOARD_SECONDS=" + DASHBOARD_SECONDS);
        for (int node = 1; node <= 2; node++) {
            smtpOf.add(new TcpRelay(ServerSetupTest.SMTP.getPort()));
            cluster.node(node).with("-DBACKORDER_SMTP_PORT=" + smtpOf.get(node - 1).port());
        }
        cluster.startTogether();
        one = Api.at(cluster.node(1).url());
        two = Api.at(cluster.node(2).url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        for (TcpRelay relay : smtpOf) {
            relay.close();
        }
    }

    @Test
    @Order(1)
    void theNodesFormOneCluster() throws Exception {
        String logs = cluster.node(1).console() + cluster.node(2).console();
        assertTrue(Pattern.compile("\\(2\\) \\[node[12][^\\]]*, node[12]").matcher(logs).find(), "one view with both nodes");
    }

    @Test
    @Order(2)
    void clerksOnBothNodesAtOnceNeverOversell() throws Exception {
        Fresh fresh = Fresh.made();
        String warehouse = fresh.warehouse();
        String sku = fresh.sku();
        String customer = fresh.customer();
        fresh.catalog().stock(warehouse, sku, 20);
        String body = json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}],'policy':['BACKORDER']}", customer, warehouse, sku);
        AtomicInteger next = new AtomicInteger();
        int processed = 0;
        for (Api.Reply reply : AtOnce.send(40, () -> (next.getAndIncrement() % 2 == 0 ? one : two).as("clerk", "demo").post("/api/orders", body))) {
            assertEquals(201, reply.status(), reply::toString);
            processed += reply.object().getJsonArray("lines").getJsonObject(0).getInt("processed");
        }
        assertEquals(20, processed, "twenty units, twenty processed");
        JsonObject level = new TestCatalog(two).level(warehouse, sku);
        assertEquals(List.of(20, 20, 0), List.of(level.getInt("onHand"), level.getInt("allocated"), level.getInt("available")));
        assertEquals("40", two.as("clerk", "demo").get("/api/orders?customer=" + customer).header("X-Total-Count"));
    }

    @Test
    @Order(3)
    void aMailIsSentOnceThoughBothNodesSend() throws Exception {
        String domain = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        for (int i = 0; i < 40; i++) {
            Api node = (i % 2 == 0 ? one : two).as("manager", "demo");
            assertEquals(201, node.post("/api/digest-subscriptions", json("{'email':'m%d@%s','frequency':'WEEKLY'}", i, domain)).status());
        }
        Api.Reply sent = one.as("manager", "demo").post("/api/digests/weekly/send", null);
        assertEquals(200, sent.status(), sent::toString);
        long until = System.currentTimeMillis() + 30_000;
        while (mailsTo(domain).size() < 40 && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        Thread.sleep(3_000); // both nodes' outbox timers tick every second: time enough to send anything twice
        List<String> recipients = mailsTo(domain);
        assertEquals(40, recipients.size(), "one mail each: " + recipients);
        assertEquals(40, recipients.stream().distinct().count());
    }

    /** A warehouse, a product and a customer of one test's own, made through node1. */
    private record Fresh(TestCatalog catalog, String warehouse, String sku, String customer) {
        static Fresh made() {
            TestCatalog catalog = new TestCatalog(one);
            return new Fresh(catalog, catalog.warehouse(1), catalog.product(catalog.supplier(false), 0, false), catalog.customer("null"));
        }
    }

    private static List<String> mailsTo(String domain) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String to = mail.getAllRecipients()[0].toString();
            if (to.endsWith("@" + domain)) {
                recipients.add(to);
            }
        }
        return recipients;
    }

    @Test
    @Order(4)
    void failedSignInsOnBothNodesCountTogether() {
        String user = TestUsers.create(one.base(), "shared", "CLERK");
        String password = TestUsers.PASSWORD;
        assertEquals(200, two.as(user, password).get("/api/orders?size=1").status(), "the new user signs in on the other node");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, (i % 2 == 0 ? one : two).as(user, "wrong " + i).get("/api/orders?size=1").status());
        }
        assertEquals(401, one.as(user, password).get("/api/orders?size=1").status(), "ten failures on two nodes: the next check waits");
        assertEquals(401, two.as(user, password).get("/api/orders?size=1").status());
    }

    @Test
    @Order(5)
    void aPasswordResetOrADisabledUserHoldsOnTheOtherNodeAtOnce() {
        String user = TestUsers.create(one.base(), "reset", "CLERK");
        assertEquals(200, two.as(user, TestUsers.PASSWORD).get("/api/orders?size=1").status(), "node2 has verified (and remembers) the password");
        WebSession victim = new WebSession(two.base()).login(user, TestUsers.PASSWORD);
        WebSession admin = new WebSession(one.base()).login("admin", "demo");
        admin.get("/admin/users/" + user);
        assertEquals(303, admin.post("/admin/users/" + user + "/password", Map.of("password", "battery-staple-2")).statusCode());
        assertEquals(401, two.as(user, TestUsers.PASSWORD).get("/api/orders?size=1").status(), "reset on node1: the old password is refused on node2");
        assertEquals(200, two.as(user, "battery-staple-2").get("/api/orders?size=1").status());

        admin.get("/admin/users/" + user + "/disable");
        assertEquals(303, admin.post("/admin/users/" + user + "/enabled", Map.of("enabled", "false")).statusCode());
        assertEquals(401, two.as(user, "battery-staple-2").get("/api/orders?size=1").status(), "disabled on node1: refused on node2");
        assertEquals(302, victim.get("/orders").statusCode(), "and the session open on node2 ends");
    }

    @Test
    @Order(6)
    void eachNodesDashboardShowsAnotherNodesChangeWithinItsRefreshTime() throws Exception {
        Fresh fresh = Fresh.made();
        String warehouse = fresh.warehouse();
        String sku = fresh.sku();
        String customer = fresh.customer();
        WebSession manager = new WebSession(two.base()).login("manager", "demo");
        assertTrue(manager.get("/?customer=" + customer).body().contains("Nothing matches the filter"), "node2's figures, cached: nothing waits");
        String order = one.as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}],"
                + "'policy':['BACKORDER']}", customer, warehouse, sku)).object().getString("number");
        long placed = System.currentTimeMillis();
        while (!manager.get("/?customer=" + customer).body().contains(order)) {
            assertTrue(System.currentTimeMillis() - placed < (DASHBOARD_SECONDS + 5) * 1000L,
                    "node2's dashboard shows the order placed on node1 within its refresh time");
            Thread.sleep(250);
        }
    }

    @Test
    @Order(7)
    void aSignedInClerkKeepsSessionTokenAndSentFormWhenTheNodeDies() throws Exception {
        Fresh fresh = Fresh.made();
        String warehouse = fresh.warehouse();
        String sku = fresh.sku();
        String customer = fresh.customer();
        fresh.catalog().stock(warehouse, sku, 10);

        WebSession clerk = new WebSession(cluster.url()).login("clerk", "demo");
        String route = clerk.sessionId().substring(clerk.sessionId().lastIndexOf('.') + 1);
        assertTrue(route.equals("node1") || route.equals("node2"), "the balancer's session names its node: " + clerk.sessionId());
        Matcher key = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(clerk.get("/orders/new").body());
        assertTrue(key.find(), "the order form has its key");
        Map<String, String> order = Map.of("formKey", key.group(1), "rows", "5", "customer", customer, "warehouse", warehouse,
                "lines[0].sku", sku, "lines[0].quantity", "3", "action", "place");
        HttpResponse<String> placed = clerk.post("/orders", order);
        assertEquals(303, placed.statusCode(), placed::body);
        String where = placed.headers().firstValue("Location").orElseThrow();
        assertTrue(clerk.sessionId().endsWith("." + route), "sticky: the same node served the whole session");

        cluster.node(route.equals("node1") ? 1 : 2).kill();
        HttpResponse<String> page = clerk.get(URI.create(where).getPath());
        assertEquals(200, page.statusCode(), "still signed in, through the balancer, on the other node");
        assertFalse(clerk.sessionId().endsWith("." + route), "the session moved to the other node: " + clerk.sessionId());
        HttpResponse<String> again = clerk.post("/orders", order);
        assertEquals(303, again.statusCode(), "the CSRF token of the session still holds: " + again.body());
        assertEquals(where, again.headers().firstValue("Location").orElseThrow(), "the form sent again shows the one order placed");
        assertEquals("1", Api.at(cluster.url()).as("clerk", "demo").get("/api/orders?customer=" + customer).header("X-Total-Count"));
    }

    @Test
    @Order(8)
    void aMailANodeWasSendingWhenKilledIsSentOnceByTheOther() throws Exception {
        restartWhatWasKilled();
        smtpOf.forEach(relay -> relay.stall(true)); // the SMTP server hangs for both nodes
        String domain = "stalled-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        Api manager = one.as("manager", "demo");
        assertEquals(201, manager.post("/api/digest-subscriptions", json("{'email':'one@%s','frequency':'WEEKLY'}", domain)).status());
        assertEquals(200, manager.post("/api/digests/weekly/send", null).status());
        long until = System.currentTimeMillis() + 30_000;
        while (smtpOf.get(0).hanging() + smtpOf.get(1).hanging() == 0) {
            assertTrue(System.currentTimeMillis() < until, "no node began to send the mail");
            Thread.sleep(100);
        }
        int sender = smtpOf.get(0).hanging() > 0 ? 1 : 2;
        int other = 3 - sender;
        smtpOf.get(other - 1).stall(false);
        Thread.sleep(3_000);
        assertEquals(List.of(), mailsTo(domain), "node" + other + " leaves alone the mail node" + sender + " is sending");

        cluster.node(sender).kill();
        smtpOf.get(sender - 1).stall(false);
        until = System.currentTimeMillis() + 30_000;
        while (mailsTo(domain).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        Thread.sleep(3_000);
        assertEquals(List.of("one@" + domain), mailsTo(domain), "node" + other + " sent it, once, when node" + sender + " died");
    }

    private static void restartWhatWasKilled() throws Exception {
        for (int node = 1; node <= 2; node++) {
            if (!cluster.node(node).running()) {
                cluster.node(node).start();
            }
        }
    }

    @Test
    @Order(9)
    void nothingAnsweredIsLostWhenANodeIsKilledMidStorm() throws Exception {
        restartWhatWasKilled();
        Api both = Api.across(cluster.node(1).url(), cluster.node(2).url());
        Storm storm = new Storm(both, Storm.Stage.create(both, 6));
        CompletableFuture<Storm.Answers> running = CompletableFuture.supplyAsync(() -> {
            try {
                return storm.run(16, 10_000, 10_000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(5_000);
        cluster.node(2).kill();
        storm.stop();
        Storm.Answers answers = running.get();
        String round = answers.orders().size() + " orders, " + answers.receipts().size() + " receipts, " + answers.counts().size()
                + " counts answered by two nodes, " + answers.unanswered() + " cut off by the kill of one: ";
        System.out.println("ClusterIT: " + round);
        assertEquals(List.of(), answers.refused(), round + "nothing refused");
        assertTrue(answers.orders().size() > 0, round + "the storm was under way");
        try (Connection connection = cluster.database()) {
            assertEquals(List.of(), Books.disagreements(connection), round + "the books agree");
        }
        Api clerk = one.as("clerk", "demo");
        for (Storm.Order order : answers.orders()) {
            Api.Reply reply = clerk.get("/api/orders/" + order.number());
            assertEquals(200, reply.status(), round + reply);
            int lines = reply.object().getJsonArray("lines").size();
            assertEquals(order.quantities().size(), lines, round + order.number() + " is there, whole");
        }
    }
}
