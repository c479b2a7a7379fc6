package com.backorderdesk.security;

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
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An API token's life: created by an admin (shown once, kept only as a fingerprint), used as
 * {@code Authorization: Bearer} with its one role, its changes in the audit trail under its
 * name, its last use noted, revoked and refused at once; and the same through the settings page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTokenSignsInWithItsRoleUntilItIsRevoked() {
        Api admin = Api.at(base).asAdmin();
        String name = Api.unique("shop").toLowerCase();
        Api.Reply created = admin.post("/api/tokens", json("{'name':'%s','role':'CLERK'}", name));
        assertEquals(201, created.status(), created::toString);
        String token = created.object().getString("token");
        assertTrue(token.startsWith("bdk_") && token.length() > 40, token);
        long id = created.object().getJsonNumber("id").longValue();

        JsonObject listed = admin.get("/api/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow();
        assertTrue(listed.isNull("token"), "never shown again: " + listed);
        assertTrue(listed.isNull("lastUsedAt"), listed::toString);

        Api shop = Api.at(base).bearer(token);
        assertEquals(200, shop.get("/api/orders?size=1").status());
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(warehouse, sku, 5);
        Api.Reply order = shop.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}]}",
                catalog.customer("null"), warehouse, sku));
        assertEquals(201, order.status(), order::toString);
        assertEquals("token:" + name, order.object().getString("createdBy"));
        Api.Reply forbidden = shop.post("/api/warehouses", json("{'code':'%s','name':'No','priority':1}", Api.unique("WH")));
        assertEquals(403, forbidden.status(), "a clerk's token is a clerk: " + forbidden);
        assertEquals(401, Api.at(base).bearer(token + "x").get("/api/orders").status());

        JsonObject used = admin.get("/api/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow();
        assertFalse(used.isNull("lastUsedAt"), "last use noted: " + used);

        Api.Reply revoked = admin.send("DELETE", "/api/tokens/" + id, null);
        assertEquals(200, revoked.status(), revoked::toString);
        assertFalse(revoked.object().getBoolean("active"));
        Api.Reply refused = shop.get("/api/orders?size=1");
        assertEquals(401, refused.status(), "refused at once: " + refused);
        assertTrue(refused.object().getString("error").contains("token"), refused::toString);

        String audit = new WebSession(base).login("admin", "demo").get("/admin/audit?q=" + name).body();
        assertTrue(audit.contains("token:" + name), "the order appears under the token's name");
        assertTrue(audit.contains("API token created") && audit.contains("API token revoked"), "creating and revoking are audited");
    }

    @Test
    void onlyAdminsManageTokensAndNamesAreUnique() {
        String name = Api.unique("edi").toLowerCase();
        assertEquals(403, Api.at(base).as("manager", "demo").post("/api/tokens", json("{'name':'%s','role':'CLERK'}", name)).status());
        Api admin = Api.at(base).asAdmin();
        assertEquals(201, admin.post("/api/tokens", json("{'name':'%s','role':'MANAGER'}", name)).status());
        Api.Reply twice = admin.post("/api/tokens", json("{'name':'%s','role':'CLERK'}", name.toUpperCase()));
        assertEquals(409, twice.status(), twice::toString);
        Api.Reply bad = admin.post("/api/tokens", json("{'name':'a b','role':'NOBODY'}"));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(404, admin.send("DELETE", "/api/tokens/987654321", null).status());
    }

    @Test
    void theSettingsPageShowsANewTokenOnceAndRevokesAfterAsking() {
        WebSession page = new WebSession(base).login("admin", "demo");
        page.get("/admin/settings/api-tokens");
        HttpResponse<String> invalid = page.post("/admin/settings/api-tokens", Map.of("name", "x", "role", "CLERK"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("aria-invalid=\"true\""), "the name is marked");

        String name = Api.unique("carrier").toLowerCase();
        HttpResponse<String> created = page.post("/admin/settings/api-tokens", Map.of("name", name, "role", "MANAGER"));
        assertEquals(200, created.statusCode());
        Matcher shown = Pattern.compile("id=\"new-token\"[^>]*value=\"(bdk_[^\"]+)\"").matcher(created.body());
        assertTrue(shown.find(), "the token is shown once");
        String token = shown.group(1);
        assertEquals(200, Api.at(base).bearer(token).get("/api/purchase-orders?size=1").status());
        String again = page.get("/admin/settings/api-tokens").body();
        assertTrue(again.contains(name) && !again.contains(token), "listed, never shown again");

        long id = Api.at(base).asAdmin().get("/api/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String question = page.get("/admin/settings/api-tokens/" + id + "/revoke").body();
        assertTrue(question.contains("Revoke the API token " + name + "?"), "asks first");
        assertEquals(200, Api.at(base).bearer(token).get("/api/orders?size=1").status(), "asking changes nothing");
        HttpResponse<String> revoked = page.post("/admin/settings/api-tokens/" + id + "/revoke", Map.of());
        assertEquals(303, revoked.statusCode());
        assertEquals(401, Api.at(base).bearer(token).get("/api/orders?size=1").status());
    }
}
