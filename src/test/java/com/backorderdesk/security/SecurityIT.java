package com.backorderdesk.security;

import com.backorderdesk.support.Api;
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
import java.net.http.HttpResponse;
import java.util.Map;

import static com.backorderdesk.support.Api.json;
import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every security rule of the foundation issue, black-box over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void healthIsPublicAndEverythingElseOnTheApiNeedsBasicCredentials() {
        Api anonymous = Api.at(base);
        Api.Reply health = anonymous.get("/api/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.object().getString("status"));

        Api.Reply noCredentials = anonymous.get("/api/products");
        assertEquals(401, noCredentials.status());
        assertTrue(noCredentials.header("WWW-Authenticate").startsWith("Basic"));
        assertNotNull(noCredentials.object().getString("error"));

        assertEquals(401, anonymous.as("clerk", "wrong-password").get("/api/products").status());
        assertEquals(401, anonymous.as("nobody", "demo").get("/api/products").status());
        assertEquals(200, anonymous.as("clerk", "demo").get("/api/products").status());
    }

    @Test
    void rolesDecideWhatEachUserMayDo() {
        Api api = Api.at(base);
        TestCatalog catalog = new TestCatalog(api);
        String warehouse = catalog.warehouse(70);
        String sku = catalog.product(catalog.supplier(false), 0, false);

        Api.Reply clerkCreates = api.as("clerk", "demo").post("/api/warehouses", json("{'code':'%s','name':'x','priority':1}", unique("WH")));
        assertEquals(403, clerkCreates.status());
        assertNotNull(clerkCreates.object().getString("error"));
        assertEquals(403, api.as("clerk", "demo").put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':5,'reason':'x'}")).status());
        assertEquals(200, api.as("manager", "demo").put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':5,'reason':'x'}")).status());
        assertEquals(200, api.as("clerk", "demo").get("/api/stock/" + sku).status());

        WebSession clerk = new WebSession(base).login("clerk", "demo");
        assertEquals(403, clerk.get("/admin/users").statusCode());
        assertEquals(403, clerk.get("/products/new").statusCode());
        assertEquals(200, clerk.get("/products").statusCode());
    }

    @Test
    void pagesSendStrangersToTheLoginPageAndComeBackAfterwards() {
        WebSession session = new WebSession(base);
        HttpResponse<String> products = session.get("/products?q=drill");
        assertEquals(302, products.statusCode());
        assertTrue(products.headers().firstValue("Location").orElseThrow().contains("/login?next=%2Fproducts%3Fq%3Ddrill"));

        HttpResponse<String> loginPage = session.get("/login?next=/products");
        assertEquals(200, loginPage.statusCode());
        String before = session.sessionId();
        assertNotNull(before, "the login page starts a session for its CSRF token");
        HttpResponse<String> login = session.post("/login", Map.of("username", "clerk", "password", "demo", "next", "/products"));
        assertEquals(303, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/products"));
        assertNotEquals(before, session.sessionId(), "the session id is renewed at login");

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("BDSESSION")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertEquals(200, session.get("/products").statusCode());

        HttpResponse<String> foreign = new WebSession(base).get("/login");
        assertFalse(foreign.body().contains("value=\"https://evil.example"));
        WebSession other = new WebSession(base);
        other.get("/login");
        HttpResponse<String> evil = other.post("/login", Map.of("username", "clerk", "password", "demo", "next", "//evil.example/x"));
        assertEquals("/", java.net.URI.create(evil.headers().firstValue("Location").orElseThrow()).getPath(), "no open redirect");

        session.get("/");
        assertEquals(303, session.post("/logout", Map.of()).statusCode());
        assertEquals(302, session.get("/products").statusCode(), "signed out");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgainWithAMessage() {
        WebSession session = new WebSession(base);
        session.get("/login");
        HttpResponse<String> failed = session.post("/login", Map.of("username", "manager", "password", "nope", "next", "/"));
        assertEquals(401, failed.statusCode());
        assertTrue(failed.body().contains("Invalid user name or password."));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        WebSession admin = new WebSession(base).login("admin", "demo");
        String code = unique("WH");
        HttpResponse<String> noToken = admin.postRaw("/warehouses", Map.of("code", code, "name", "Forged", "priority", "1"));
        assertEquals(403, noToken.statusCode());
        HttpResponse<String> wrongToken = admin.postRaw("/warehouses", Map.of("code", code, "name", "Forged", "priority", "1", "_csrf", "guess"));
        assertEquals(403, wrongToken.statusCode());
        assertEquals(404, Api.at(base).asAdmin().get("/api/warehouses/" + code).status());

        admin.get("/warehouses/new");
        HttpResponse<String> real = admin.post("/warehouses", Map.of("code", code, "name", "Real", "priority", "1", "active", "true"));
        assertEquals(303, real.statusCode());
        assertEquals(200, Api.at(base).asAdmin().get("/api/warehouses/" + code).status());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/login", "/products"}) {
            HttpResponse<String> page = new WebSession(base).login("clerk", "demo").get(path);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("default-src 'self'"), csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        }
    }

    @Test
    void userTextIsEscapedOnEveryPage() {
        Api api = Api.at(base);
        String sku = unique("XSS");
        Api.Reply created = api.asAdmin().post("/api/products", json("{'sku':'%s','name':'<script>alert(1)</script>','unitPrice':1,'unitCost':1,'minStock':0,'supplier':'%s'}",
                sku, new TestCatalog(api).supplier(false)));
        assertEquals(201, created.status(), created::toString);
        WebSession clerk = new WebSession(base).login("clerk", "demo");
        for (String path : new String[]{"/products/" + sku, "/products?q=" + sku}) {
            String html = clerk.get(path).body();
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path);
            assertFalse(html.contains("<script>alert(1)</script>"), path);
        }
    }

    @Test
    void failedSignInsMakeTheUserWaitForPagesAndApiAlike() throws Exception {
        String username = TestUsers.create(base, "slowed", "CLERK");
        Api api = Api.at(base);
        assertEquals(200, api.as(username, "correct-horse-1").get("/api/products").status());
        for (int i = 0; i < AppUser.FREE_FAILED_LOGINS; i++) {
            assertEquals(401, api.as(username, "wrong-" + i).get("/api/products").status());
        }
        Api.Reply waiting = api.as(username, "correct-horse-1").get("/api/products");
        assertEquals(401, waiting.status(), "even the right password waits");
        assertEquals("Invalid user name or password.", waiting.object().getString("error"), "and is told nothing more");

        WebSession page = new WebSession(base);
        page.get("/login");
        HttpResponse<String> refused = page.post("/login", Map.of("username", username, "password", "correct-horse-1", "next", "/"));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("Invalid user name or password."));

        WebSession admin = new WebSession(base).login("admin", "demo");
        assertTrue(admin.get("/admin/users?q=" + username).body().contains("next sign-in checked after"), "the admin sees the wait");
        admin.get("/admin/users/" + username);
        assertEquals(303, admin.post("/admin/users/" + username + "/password", Map.of("password", "battery-staple-2")).statusCode());
        assertEquals(200, api.as(username, "battery-staple-2").get("/api/products").status(), "a reset lifts the wait");
        assertEquals(401, api.as(username, "correct-horse-1").get("/api/products").status(),
                "the old password, verified minutes ago, is refused at once after the reset");

        for (int i = 0; i < AppUser.FREE_FAILED_LOGINS; i++) {
            api.as(username, "wrong-again-" + i).get("/api/products");
        }
        Thread.sleep(AppUser.waitAfter(AppUser.FREE_FAILED_LOGINS).toMillis() + 300);
        assertEquals(200, api.as(username, "battery-staple-2").get("/api/products").status(), "after the wait, no lock-out");
    }

    @Test
    void aDisabledUserCannotSignInAnyMore() {
        String username = TestUsers.create(base, "gone", "CLERK");
        WebSession victim = new WebSession(base).login(username, "correct-horse-1");
        assertEquals(200, victim.get("/products").statusCode());

        WebSession admin = new WebSession(base).login("admin", "demo");
        assertTrue(admin.get("/admin/users/" + username + "/disable").body().contains("can no longer sign in"), "asks first");
        assertEquals(303, admin.post("/admin/users/" + username + "/enabled", Map.of("enabled", "false")).statusCode());

        assertEquals(302, victim.get("/products").statusCode(), "the open session ends at once");
        assertEquals(401, Api.at(base).as(username, "correct-horse-1").get("/api/products").status());
        assertTrue(admin.get("/admin/audit?q=" + username).body().contains("user disabled"), "the audit trail says who did it");
    }

    @Test
    void theUserFormShowsItsMistakes() {
        WebSession admin = new WebSession(base).login("admin", "demo");
        admin.get("/admin/users/new");
        HttpResponse<String> bad = admin.post("/admin/users", Map.of("username", "a b", "email", "nope", "password", "short"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("must be 3 to 40 letters"));
        assertTrue(bad.body().contains("must be a valid email address"));
        assertTrue(bad.body().contains("choose at least one role"));
    }

    @Test
    void eachUserReadsTimesInTheZoneTheyChose() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        Api.Reply placed = Api.at(base).as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}],'policy':['PARK']}",
                catalog.customer("null"), warehouse, sku));
        assertEquals(201, placed.status());
        String order = "/orders/" + placed.object().getString("number");
        java.time.Instant at = java.time.Instant.parse(placed.object().getString("createdAt"));
        String inTokyo = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Tokyo")).format(at) + " JST";

        String username = TestUsers.create(base, "tokyo", "CLERK");
        WebSession user = new WebSession(base).login(username, TestUsers.PASSWORD);
        assertFalse(user.get(order).body().contains("JST"), "before choosing, the system's zone");
        HttpResponse<String> unknown = user.post("/account", Map.of("timeZone", "Mars/Olympus"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("is not a time zone of the list") && unknown.body().contains("aria-invalid=\"true\""), unknown.body());
        assertEquals(303, user.post("/account", Map.of("timeZone", "Asia/Tokyo")).statusCode());
        assertTrue(user.get(order).body().contains(inTokyo), "the order's time in Tokyo, zone named: " + inTokyo);
        assertFalse(new WebSession(base).login("clerk", "demo").get(order).body().contains("JST"), "other users keep theirs");
        assertTrue(new WebSession(base).login("admin", "demo").get("/admin/audit?q=" + username).body().contains("time zone chosen"));

        assertEquals(303, user.post("/account", Map.of("timeZone", "")).statusCode());
        assertFalse(user.get(order).body().contains("JST"), "back to the system's zone");
    }
}
