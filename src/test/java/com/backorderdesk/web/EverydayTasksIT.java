package com.backorderdesk.web;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four everyday tasks done in Chromium as a clerk, a manager and an admin would, each page of the
 * way checked by axe-core (no problem of impact moderate or worse): find a customer's oldest
 * waiting order by part of the name and cancel its backorder; subscribe to a digest and see its
 * preview styled; ship a pick-pack-ship record and print its pick list; change the system default
 * policy. (Entering and placing an order by the customer's name is in {@code FindByNameIT},
 * receiving a purchase order in {@code RestockBrowserIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EverydayTasksIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private TestCatalog catalog;
    private String word;

    @BeforeEach
    void open() {
        browser = Browser.open(base);
        catalog = new TestCatalog(Api.at(base));
        word = "Task" + UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aClerkFindsACustomersOldestWaitingOrderByPartOfTheNameAndCancelsItsBackorder() {
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null", word + " Hardware Supplies");
        Api clerk = Api.at(base).as("clerk", "demo");
        String body = json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}],'policy':['BACKORDER']}", customer, warehouse, sku);
        String oldest = clerk.post("/api/orders", body).object().getString("number");
        String newer = clerk.post("/api/orders", body).object().getString("number");

        browser.login("clerk", "demo").go("backorders");
        accessible();
        // part of the name, in lower case: "skab12cd hardw" of "Taskab12cd Hardware Supplies"
        browser.find(By.name("customer")).sendKeys(word.substring(2).toLowerCase(Locale.ROOT) + " hardw");
        browser.clickAndAwait(By.cssSelector("form.filters button[type=submit]"), By.id("backorders"));
        By ageHeading = By.xpath("//th[a[contains(@href,'sort=age') or contains(@href,'sort=-age')]]");
        for (int click = 0; click < 2 && !"descending".equals(browser.find(ageHeading).getAttribute("aria-sort")); click++) {
            browser.find(ageHeading).findElement(By.tagName("a")).click();
            browser.await(By.id("backorders"));
        }
        assertEquals("descending", browser.find(ageHeading).getAttribute("aria-sort"), "sorted by age, oldest first");
        List<WebElement> rows = browser.findAll(By.cssSelector("#backorders tbody tr"));
        assertEquals(2, rows.size(), "the customer's two waiting orders, found by part of the name in lower case");
        assertTrue(rows.get(0).getText().startsWith(oldest) && rows.get(1).getText().startsWith(newer), "oldest first: " + rows.get(0).getText());
        accessible();

        browser.clickAndAwait(By.linkText(oldest), By.cssSelector("h1 .badge"));
        browser.clickAndAwait(By.partialLinkText("Cancel backorder"), By.cssSelector("button.danger"));
        accessible();
        browser.clickAndAwait(By.cssSelector("button.danger"), By.cssSelector(".flash"));
        assertEquals("cancelled", browser.find(By.cssSelector("h1 .badge")).getText().toLowerCase(Locale.ROOT));
        accessible();
        assertEquals("CANCELLED", clerk.get("/api/orders/" + oldest).object().getString("status"));
        assertEquals("BACKORDERED", clerk.get("/api/orders/" + newer).object().getString("status"), "the other order still waits");
    }

    @Test
    void aManagerSubscribesToADigestAndSeesItsPreviewStyled() {
        String email = word.toLowerCase(Locale.ROOT) + "@example.com";
        browser.login("manager", "demo").go("digests");
        accessible();
        browser.type("email", email);
        new Select(browser.find(By.id("frequency"))).selectByValue("WEEKLY");
        String flash = browser.clickAndAwait(By.cssSelector("form.card button[type=submit]"), By.cssSelector(".flash")).getText();
        assertTrue(flash.contains(email + " subscribed"), flash);
        assertTrue(browser.find(By.tagName("main")).getText().contains(email), "the subscription is listed");

        browser.clickAndAwait(By.partialLinkText("Preview the weekly digest"), By.cssSelector("iframe.mail-preview"));
        accessible();
        String mail = browser.find(By.cssSelector("iframe.mail-preview")).getAttribute("src");
        assertTrue(browser.find(By.tagName("main")).getText().contains("Back to digests"), "a way back");
        browser.visit(mail);
        assertEquals("rgba(22, 33, 58, 1)", browser.find(By.tagName("h2")).getCssValue("color"), "the mail's own styles apply in its frame");
    }

    @Test
    void aManagerShipsARecordAndPrintsItsPickList() {
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(warehouse, sku, 4);
        JsonObject order = Api.at(base).as("clerk", "demo").post("/api/orders",
                json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':3}]}", catalog.customer("null", word + " Builders"), warehouse, sku)).object();
        String record = order.getJsonArray("shipments").getJsonObject(0).getString("id");

        browser.login("manager", "demo").go("shipments?warehouse=" + warehouse);
        accessible();
        browser.clickAndAwait(By.linkText(record), By.cssSelector("h1"));
        for (String step : List.of("picked", "packed")) {
            String flash = browser.clickAndAwait(By.xpath("//form[contains(@action,'/status')]//button"), By.cssSelector(".flash")).getText();
            assertTrue(flash.contains("now " + step), flash);
        }
        browser.clickAndAwait(By.cssSelector("main a.button[href$='/ship']"), By.cssSelector("main form button"));
        accessible();
        browser.clickAndAwait(By.xpath("//main//form//button[@type='submit']"), By.cssSelector(".flash"));
        assertEquals("shipped", browser.find(By.cssSelector("h1 .badge, dd .badge")).getText().toLowerCase(Locale.ROOT));
        accessible();

        browser.clickAndAwait(By.partialLinkText("Print pick list"), By.cssSelector("button[data-print]"));
        String paper = browser.find(By.tagName("body")).getText();
        assertTrue(paper.contains(record) && paper.contains(order.getString("number")) && paper.contains(word + " Builders") && paper.contains(sku),
                "the pick list names the record, the order, the customer and the lines: " + paper);
        assertTrue(browser.findAll(By.cssSelector("nav.menu, header nav")).isEmpty(), "no menu on the paper");
        accessible();
    }

    @Test
    void anAdminChangesTheSystemDefaultPolicy() {
        browser.login("admin", "demo").go("admin/settings");
        accessible();
        String before = browser.find(By.id("policy")).getAttribute("value");
        try {
            browser.type("policy", "transfer park");
            browser.clickAndAwait(By.cssSelector("form.card button[type=submit]"), By.cssSelector(".flash"));
            assertEquals("TRANSFER,PARK", browser.find(By.id("policy")).getAttribute("value").replace(" ", ""));
            accessible();

            browser.type("policy", "PARK, TRANSFER");
            browser.find(By.cssSelector("form.card button[type=submit]")).click();
            WebElement error = browser.await(By.cssSelector(".field.has-error .error"));
            assertTrue(error.getText().contains("must end with"), "a policy that cannot work is refused with a message: " + error.getText());
            assertEquals("true", browser.find(By.id("policy")).getAttribute("aria-invalid"));
            accessible();
        } finally {
            browser.go("admin/settings");
            browser.type("policy", before);
            browser.clickAndAwait(By.cssSelector("form.card button[type=submit]"), By.cssSelector(".flash"));
        }
        assertEquals(before, browser.find(By.id("policy")).getAttribute("value"));
    }

    private void accessible() {
        assertEquals(List.of(), browser.accessibilityProblems(), "axe-core on " + browser.url());
    }
}
