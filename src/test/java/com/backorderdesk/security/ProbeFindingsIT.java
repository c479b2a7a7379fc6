package com.backorderdesk.security;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.AtOnce;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestUsers;
import com.backorderdesk.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import static com.backorderdesk.support.Api.json;
import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an outside probe found (issue #16), each closed: black-box over HTTP as the probe did it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProbeFindingsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theApiSignsNobodyInWithThePageSessionCookie() {
        WebSession clerk = new WebSession(base).login("clerk", "demo");
        assertEquals(401, clerk.get("/api/orders").statusCode(), "a signed-in page session is no API credential");
        assertEquals(401, clerk.postRaw("/api/orders/SO-1/cancel-backorder", Map.of()).statusCode(),
                "a page of another site cannot act through the API in a clerk's name");
        assertEquals(200, clerk.get("/orders").statusCode(), "the pages still know the clerk");
    }

    @Test
    void aManagerRemovesOnlyTheirOwnSubscriptionsAndLearnsNothingOfOthers() {
        String boss = TestUsers.create(base, "boss", "MANAGER");
        String email = unique("shared").toLowerCase() + "@example.com";
        String body = json("{'email':'%s','frequency':'DAILY'}", email);
        Api.Reply mine = Api.at(base).as("manager", "demo").post("/api/digest-subscriptions", body);
        assertEquals(201, mine.status(), mine::toString);
        long id = mine.object().getJsonNumber("id").longValue();
        Api.Reply theirs = Api.at(base).as(boss, TestUsers.PASSWORD).post("/api/digest-subscriptions", body);
        assertEquals(201, theirs.status(), "the same address subscribed by another manager says nothing of the first: " + theirs);

        WebSession other = new WebSession(base).login(boss, TestUsers.PASSWORD);
        other.get("/digests");
        assertEquals(404, other.post("/digests/subscriptions/" + id + "/delete", Map.of()).statusCode(), "not theirs: unknown to them");
        WebSession manager = new WebSession(base).login("manager", "demo");
        assertTrue(manager.get("/digests").body().contains(email), "still subscribed");

        WebSession admin = new WebSession(base).login("admin", "demo");
        admin.get("/digests");
        assertEquals(303, admin.post("/digests/subscriptions/" + id + "/delete", Map.of()).statusCode(), "an admin may");
        assertFalse(manager.get("/digests").body().contains(email));
    }

    @Test
    void anEmptyPolicyIsRefused() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        Api.Reply reply = Api.at(base).as("clerk", "demo").post("/api/orders", json(
                "{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}],'policy':[]}", catalog.customer("null"), warehouse, sku));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("policy", reply.object().getString("field"));
    }

    @Test
    void aPageBeyondTheEndOfAnyListIsABadRequestNotAnError() {
        Api.Reply api = Api.at(base).as("clerk", "demo").get("/api/orders?page=2147484&size=1000");
        assertEquals(400, api.status(), api::toString);
        assertEquals("page", api.object().getString("field"));
        assertEquals(400, new WebSession(base).login("clerk", "demo").get("/orders?page=85899346").statusCode());
    }

    @Test
    void aNextAddressWithControlCharactersLeadsHome() {
        WebSession page = new WebSession(base);
        HttpResponse<String> login = page.get("/login?next=/%09/evil.example");
        assertEquals(200, login.statusCode());
        assertFalse(login.body().contains("evil.example"));
        HttpResponse<String> signedIn = page.post("/login", Map.of("username", "clerk", "password", "demo", "next", "/\t/evil.example"));
        assertEquals(303, signedIn.statusCode());
        assertEquals("/", signedIn.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null));
    }

    @Test
    void aClerkSeesOnlyTheirOwnAlertsThroughTheApiAsOnThePage() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(warehouse, sku, 0);
        String order = Api.at(base).as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s',"
                + "'lines':[{'sku':'%s','quantity':2}],'policy':['BACKORDER']}", catalog.customer("null"), warehouse, sku)).object().getString("number");
        catalog.stock(warehouse, sku, 2);

        assertEquals(1, Api.at(base).as("clerk", "demo").get("/api/alerts?order=" + order).array().size(), "the clerk who entered it");
        assertEquals(1, Api.at(base).as("manager", "demo").get("/api/alerts?order=" + order).array().size(), "a manager sees all");
        String otherClerk = TestUsers.create(base, "clerk", "CLERK");
        assertEquals(0, Api.at(base).as(otherClerk, TestUsers.PASSWORD).get("/api/alerts?order=" + order).array().size(),
                "another clerk does not see it");
    }

    @Test
    void wrongPasswordsAtOnceAreCheckedOnlyAFewTimesAndSlowTheUserDownNotLockThemOut() throws Exception {
        String user = TestUsers.create(base, "target", "CLERK");
        AtomicInteger guess = new AtomicInteger();
        List<Api.Reply> replies = AtOnce.send(24, () -> Api.at(base).as(user, "not-the-password-" + guess.incrementAndGet()).get("/api/products"));
        assertTrue(replies.stream().allMatch(reply -> reply.status() == 401), replies::toString);
        assertEquals(1, replies.stream().map(Api.Reply::body).distinct().count(), "one answer for every refusal: " + replies);
        String users = new WebSession(base).login("admin", "demo").get("/admin/users?q=" + user).body();
        Matcher failed = Pattern.compile("data-failed=\"(\\d+)\"").matcher(users);
        assertTrue(failed.find(), users);
        int checked = Integer.parseInt(failed.group(1));
        assertTrue(checked <= AppUser.FREE_FAILED_LOGINS, checked + " of 24 were checked against the hash");
        assertTrue(users.contains("next sign-in checked after"), "the user waits now: " + users);
        Thread.sleep(AppUser.waitAfter(checked).toMillis() + 200);
        assertEquals(200, Api.at(base).as(user, TestUsers.PASSWORD).get("/api/products").status(), "after the wait, the user is in: no lock-out");
    }

    /** The same password sent by many requests at once (an integration's burst) is hashed once: all right, or all wrong, and counted once. */
    @Test
    void theSamePasswordAtOnceIsCheckedOnceForAll() throws Exception {
        String user = TestUsers.create(base, "burst", "CLERK");
        List<Api.Reply> wrong = AtOnce.send(24, () -> Api.at(base).as(user, "the-same-wrong-one").get("/api/products"));
        assertTrue(wrong.stream().allMatch(reply -> reply.status() == 401), wrong::toString);
        List<Api.Reply> right = AtOnce.send(24, () -> Api.at(base).as(user, TestUsers.PASSWORD).get("/api/products"));
        assertTrue(right.stream().allMatch(reply -> reply.status() == 200), "a burst of the right password is let in, all of it: " + right);
    }

    @Test
    void forwardedHeadersAreNotBelievedUnlessTheOperatorSaysSoAndRedirectsIgnoreTheHostHeader() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").isEmpty(), "plain HTTP: no HSTS, whatever a header says");
        assertTrue(login.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")), login.headers().toString());

        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write("GET /products HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher location = Pattern.compile("(?im)^Location: (.*)$").matcher(answer);
            assertTrue(location.find(), answer);
            assertTrue(location.group(1).trim().startsWith("/login?next="), "a relative redirect, not one to the Host header: " + location.group(1));
        }
    }

    @Test
    void anUnknownUserAndAUserWhoMustWaitGetTheSameAnswerInTheSameTime() {
        String user = TestUsers.create(base, "waiting", "CLERK");
        for (int i = 0; i < AppUser.FREE_FAILED_LOGINS; i++) {
            Api.at(base).as(user, "wrong-" + i).get("/api/products");
        }
        Api.Reply waiting = Api.at(base).as(user, TestUsers.PASSWORD).get("/api/products");
        Api.Reply unknown = Api.at(base).as("nobody-" + user, TestUsers.PASSWORD).get("/api/products");
        assertEquals(401, waiting.status());
        assertEquals(unknown.body(), waiting.body(), "the same words for both");
        long[] times = new long[2];
        for (int round = 0; round < 3; round++) { // a waiting user, a wrong password: refused unchecked, or checked once the wait is over
            long start = System.nanoTime();
            Api.at(base).as(user, "still-wrong-" + round).get("/api/products");
            times[0] += System.nanoTime() - start;
            start = System.nanoTime();
            Api.at(base).as("nobody-" + user, TestUsers.PASSWORD).get("/api/products");
            times[1] += System.nanoTime() - start;
        }
        assertTrue(times[0] * 3 > times[1] && times[1] * 3 > times[0],
                "a waiting user is answered after a hash check too, like an unknown one: " + times[0] / 3_000_000 + " ms and " + times[1] / 3_000_000 + " ms");
    }

    @Test
    void userNamesDifferOnlyByMoreThanCaseAndTheLastAdminStays() {
        String user = TestUsers.create(base, "case", "CLERK");
        WebSession admin = new WebSession(base).login("admin", "demo");
        admin.get("/admin/users/new");
        HttpResponse<String> twin = admin.post("/admin/users", Map.of("username", user.toUpperCase(), "email", "twin@example.com",
                "roles", "CLERK", "password", TestUsers.PASSWORD));
        assertTrue(twin.statusCode() == 400 || twin.statusCode() == 409, "refused: " + twin.statusCode());
        assertTrue(twin.body().contains("already exists"), "the form says why");

        admin.get("/admin/users/admin");
        HttpResponse<String> demoted = admin.post("/admin/users/admin", Map.of("email", "admin@localhost", "roles", "MANAGER"));
        assertTrue(demoted.statusCode() == 400 || demoted.statusCode() == 409, "the only admin keeps the role: " + demoted.statusCode());
        assertTrue(demoted.body().contains("last administrator"), "the form says why");
        assertEquals(200, admin.get("/admin/users").statusCode(), "admin is still an admin");
    }

    @Test
    void signInsFailuresLocksSignOutsAndRefusalsAreInTheAuditTrail() {
        String user = TestUsers.create(base, "events", "CLERK");
        assertEquals(401, Api.at(base).as(user, "wrong-password-1").get("/api/products").status());
        WebSession page = new WebSession(base).login(user, TestUsers.PASSWORD);
        assertEquals(403, page.get("/admin/users").statusCode());
        page.get("/orders");
        assertEquals(303, page.post("/logout", Map.of()).statusCode());

        String trail = new WebSession(base).login("admin", "demo").get("/admin/audit?q=" + user).body();
        for (String event : List.of("sign-in failed", "signed in<", "refused (no permission)", "signed out")) {
            assertTrue(trail.replace("</td>", "<").contains(event), event + " in " + trail);
        }
        assertFalse(trail.contains("wrong-password-1"), "never the password");
    }

    @Test
    void theCsrfTokenIsRenewedAtSignIn() {
        WebSession page = new WebSession(base);
        page.get("/login");
        assertEquals(303, page.post("/login", Map.of("username", "clerk", "password", "demo", "next", "/")).statusCode());
        assertEquals(403, page.post("/logout", Map.of()).statusCode(), "the token of the login page is worth nothing once signed in");
        page.get("/orders");
        assertEquals(303, page.post("/logout", Map.of()).statusCode(), "the signed-in session's own token");
    }

    @Test
    void onlyAddressesThatGoOntoTheMailWireAsWrittenAreAccepted() {
        Api manager = Api.at(base).as("manager", "demo");
        for (String email : List.of("x\u2028bcc@example.com", "x\u010d\u010a@example.com", "a b@example.com")) {
            Api.Reply refused = manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'DAILY'}", email));
            assertEquals(400, refused.status(), email + ": " + refused);
            assertEquals("email", refused.object().getString("field"));
        }
        assertEquals(201, manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'WEEKLY'}",
                unique("plain").toLowerCase() + "+tag@example.co.uk")).status());
    }

    @Test
    void weakPasswordsAreRefusedAndPassphrasesWelcome() {
        WebSession admin = new WebSession(base).login("admin", "demo");
        String username = ("pw" + unique("u")).toLowerCase();
        for (String weak : List.of("password", "12345678", "        ", username, "password1234", "qwertyuiopasdf", username + "12")) {
            admin.get("/admin/users/new");
            HttpResponse<String> refused = admin.post("/admin/users", Map.of("username", username, "email", username + "@example.com",
                    "roles", "CLERK", "password", weak));
            assertEquals(400, refused.statusCode(), "'" + weak + "' refused");
        }
        admin.get("/admin/users/new");
        assertTrue(admin.get("/admin/users/new").body().contains("12 to 128 characters"), "the rule stands next to the field");
        HttpResponse<String> created = admin.post("/admin/users", Map.of("username", username, "email", username + "@example.com",
                "roles", "CLERK", "password", "staple ledger violet kettle"));
        assertEquals(303, created.statusCode(), "a passphrase of plain words is welcome");
        assertEquals(200, Api.at(base).as(username, "staple ledger violet kettle").get("/api/products").status());
    }

    @Test
    void aPasswordResetEndsTheUsersOtherSessions() {
        String user = TestUsers.create(base, "reset", "CLERK");
        WebSession signedIn = new WebSession(base).login(user, TestUsers.PASSWORD);
        assertEquals(200, signedIn.get("/orders").statusCode());

        WebSession admin = new WebSession(base).login("admin", "demo");
        admin.get("/admin/users/" + user);
        assertEquals(303, admin.post("/admin/users/" + user + "/password", Map.of("password", "lantern orchard pebble")).statusCode());

        HttpResponse<String> after = signedIn.get("/orders");
        assertTrue(after.statusCode() == 302 || after.statusCode() == 303, "sent to sign in again: " + after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login"));
        assertEquals(200, new WebSession(base).login(user, "lantern orchard pebble").get("/orders").statusCode());
    }

    @Test
    void anAddressThatCannotBeDecodedIsRefusedInTheApisJson() {
        Api.Reply refused = Api.at(base).as("clerk", "demo").get("/api/orders/%ff");
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.object().getString("error").startsWith("Bad request"), refused::toString);
        Api.Reply unknown = Api.at(base).as("clerk", "demo").get("/api/no-such-thing");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.object().containsKey("error"), unknown::toString);
    }

    @Test
    void aBodyTooLargeIsRefusedWith413InTheApisJson() {
        String huge = json("{'customer':'%s','warehouse':'X','lines':[]}", "C".repeat(2 * 1024 * 1024));
        Api.Reply refused = Api.at(base).as("clerk", "demo").post("/api/orders", huge);
        assertEquals(413, refused.status(), refused::toString);
        assertTrue(refused.object().getString("error").contains("larger than"), refused::toString);
    }
}
