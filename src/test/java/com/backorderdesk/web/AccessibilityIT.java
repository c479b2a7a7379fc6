package com.backorderdesk.web;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestWarehouses;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of page, in a real browser, checked by axe-core: no accessibility problem of
 * impact moderate or worse (lists, records, forms, the settings, the customer's link page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void noPageHasAnAccessibilityProblemOfModerateImpactOrWorse() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        TestWarehouses wh = TestWarehouses.create(catalog);
        String supplier = catalog.supplier(true);
        String sku = catalog.product(supplier, 0, false);
        String customer = catalog.customer("null");
        catalog.stock(wh.main(), sku, 1);
        catalog.stock(wh.east(), sku, 2);
        JsonObject order = Api.at(base).as("clerk", "demo").post("/api/orders", json(
                "{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':5}],'policy':['TRANSFER','BACKORDER']}",
                customer, wh.main(), sku)).object();
        String number = order.getString("number");
        List<String> pages = new ArrayList<>(List.of("", "orders", "orders/new", "orders/" + number, "orders/" + number + "/cancel-backorder", "orders/" + number + "/print",
                "backorders", "alerts", "customer-choices", "shipments", "shipments/" + order.getJsonArray("shipments").getJsonObject(0).getString("id"),
                "shipments/" + order.getJsonArray("shipments").getJsonObject(0).getString("id") + "/print",
                "transfers", "transfers/" + order.getJsonArray("transfers").getString(0),
                "purchase-orders", "purchase-orders/" + order.getJsonArray("purchaseOrders").getString(0),
                "purchase-orders/" + order.getJsonArray("purchaseOrders").getString(0) + "/print",
                "products", "products/" + sku, "products/new", "customers", "customers/" + customer, "customers/new",
                "suppliers", "suppliers/new", "warehouses", "warehouses/new", "digests", "digests/preview/daily",
                "admin/users", "admin/users/new", "admin/settings", "admin/settings/advisor", "admin/outbox", "admin/audit", "account"));
        Map<String, List<String>> problems = new TreeMap<>();
        try (Browser browser = Browser.open(base)) {
            browser.visit("data:text/html,<!DOCTYPE html><html><head><title>t</title></head><body><img src='x.png'><input></body></html>");
            assertTrue(browser.accessibilityProblems().stream().anyMatch(p -> p.contains("image-alt")),
                    "the check finds an image without a text (else it proves nothing)");
            browser.go("login");
            collect(browser, "login", problems);
            browser.login("admin", "demo");
            for (String page : pages) {
                browser.go(page);
                collect(browser, page, problems);
            }
            browser.resize(390, 844); // a phone: the menu folds away behind its button
            browser.go("");
            assertFalse(browser.find(By.cssSelector(".mainnav")).isDisplayed(), "the menu is folded away on a phone");
            browser.find(By.cssSelector("label.menu-button")).click();
            assertTrue(browser.find(By.cssSelector(".mainnav")).isDisplayed(), "the button opens it");
            collect(browser, "(phone)", problems);
        }
        assertEquals(Map.of(), problems, "accessibility problems, page by page");
    }

    private static void collect(Browser browser, String page, Map<String, List<String>> problems) {
        List<String> found = browser.accessibilityProblems();
        if (!found.isEmpty()) {
            problems.put("/" + page, found);
        }
    }
}
