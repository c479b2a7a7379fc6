package com.backorderdesk.restocking;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager receives a purchase order in the browser; the waiting order completes and its clerk sees the alert badge. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestockBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void receivingAPurchaseOrderCompletesTheWaitingOrderAndAlertsItsClerk() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null");
        String clerk = TestUsers.create(base, "browser", "CLERK");
        Api.Reply placed = Api.at(base).as(clerk, TestUsers.PASSWORD).post("/api/orders",
                json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':3}]}", customer, warehouse, sku));
        String order = placed.object().getString("number");
        String po = placed.object().getJsonArray("purchaseOrders").getString(0);

        browser.login("manager", "demo").go("?customer=" + customer);
        assertTrue(browser.find(By.tagName("main")).getText().contains(order), "the dashboard shows the waiting order");
        browser.go("purchase-orders/" + po);
        assertEquals("3", browser.find(By.id("lines[0].quantity")).getAttribute("value"), "receiving all that is outstanding is the default");
        String preview = browser.clickAndAwait(By.cssSelector("button[value=preview]"), By.id("receipt-preview")).getText();
        assertEquals(List.of(), browser.accessibilityProblems(), "axe-core on the receipt's preview");
        assertTrue(preview.contains(order), "the preview names the order it would fill");
        browser.type("lines[0].quantity", "5");
        String tooMany = browser.clickAndAwait(By.cssSelector("button[value=receive]"), By.id("lines[0].quantity-error")).getText();
        assertEquals("Only 3 of " + sku + " are still to come on " + po + ".", tooMany, "more than is outstanding is refused beside the field");
        assertEquals("lines[0].quantity", browser.focused().getAttribute("id"), "the cursor is on the field in error");
        assertEquals("true", browser.find(By.id("lines[0].quantity")).getAttribute("aria-invalid"));
        assertEquals(0, Api.at(base).asAdmin().get("/api/purchase-orders/" + po).object().getJsonArray("lines").getJsonObject(0).getInt("received"),
                "nothing was received");
        browser.type("lines[0].quantity", "3");
        String flash = browser.clickAndAwait(By.cssSelector("button[value=receive]"), By.cssSelector(".flash")).getText();
        assertTrue(flash.contains("1 waiting line filled"), flash);
        assertTrue(browser.find(By.id("receipt-filled")).getText().contains(order), "the purchase order page lists what the receipt filled");
        assertEquals(List.of(), browser.accessibilityProblems(), "axe-core on the purchase order received");
        browser.screenshot("purchase-order-received");
        String received = browser.find(By.cssSelector(".history tbody tr")).getText();
        assertTrue(received.contains("manager") && received.contains("goods received")
                && received.contains(": 3 x " + sku + "; 1 waiting line filled"), "the purchase order's history, newest first: " + received);

        browser.go("?customer=" + customer);
        assertTrue(browser.find(By.tagName("main")).getText().contains("Nothing matches the filter"),
                "the dashboard is up to date right after the receipt: the customer has nothing waiting");
        browser.go("orders/" + order);
        assertEquals("completed", browser.find(By.cssSelector("h1 .badge")).getText());
        assertTrue(browser.find(By.id("sources")).getText().contains(po + " receipt"), "the order page says where the stock came from");
        String history = browser.find(By.cssSelector(".history")).getText();
        assertTrue(history.contains(clerk) && history.contains("order placed"), "the order's history says who placed it: " + history);

        browser.login(clerk, TestUsers.PASSWORD);
        assertEquals("1", browser.find(By.id("alert-badge")).getText());
        browser.screenshot("dashboard-with-alert");
        assertTrue(browser.clickAndAwait(By.cssSelector("a.alerts"), By.tagName("table")).getText().contains(order));
    }
}
