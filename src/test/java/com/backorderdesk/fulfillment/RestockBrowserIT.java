package com.backorderdesk.fulfillment;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Chrome;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestUsers;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebDriver;

import java.net.URL;

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

    WebDriver browser;

    @BeforeEach
    void open() {
        browser = Chrome.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void login(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        Chrome.await(browser, By.cssSelector(".signout .user"));
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

        login("manager", "demo");
        browser.get(base + "purchase-orders/" + po);
        browser.findElement(By.id("lines[0].quantity")).sendKeys("3");
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        assertTrue(Chrome.await(browser, By.id("receipt-preview")).getText().contains(order), "the preview names the order it would fill");
        browser.findElement(By.id("lines[0].quantity")).clear();
        browser.findElement(By.id("lines[0].quantity")).sendKeys("3");
        browser.findElement(By.cssSelector("button[value=receive]")).click();
        assertTrue(Chrome.await(browser, By.cssSelector(".flash")).getText().contains("1 waiting lines filled"));
        Chrome.screenshot(browser, "purchase-order-received");

        browser.get(base + "orders/" + order);
        assertEquals("completed", browser.findElement(By.cssSelector("h1 .badge")).getText());
        assertTrue(browser.findElement(By.id("sources")).getText().contains(po + " receipt"), "the order page says where the stock came from");

        login(clerk, TestUsers.PASSWORD);
        assertEquals("1", browser.findElement(By.id("alert-badge")).getText());
        Chrome.screenshot(browser, "dashboard-with-alert");
        browser.findElement(By.cssSelector("a.alerts")).click();
        assertTrue(Chrome.await(browser, By.tagName("table")).getText().contains(order));
    }
}
