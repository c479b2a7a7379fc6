package com.backorderdesk.ordering;

import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.ShortOrder;
import com.backorderdesk.support.TestWarehouses;
import com.backorderdesk.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk in a real browser compares the strategies for a short order and places it with the recommended one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvisorBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aClerkComparesTheStrategiesAndPlacesTheOrderWithTheChosenOne() {
        ShortOrder order = ShortOrder.create(base);
        TestWarehouses wh = order.wh();
        WebSession admin = new WebSession(base).login("admin", "demo"); // a one-day lane from EAST makes the transfer best
        admin.get("/admin/settings/advisor");
        assertEquals(303, admin.post("/admin/settings/advisor/lanes", Map.of("from", wh.east(), "to", wh.main(), "days", "1")).statusCode());

        try (Browser browser = Browser.open(base)) {
            browser.login("clerk", "demo");
            browser.go("orders/new").await(By.id("customer"));
            browser.type("customer", order.customer());
            new Select(browser.find(By.id("warehouse"))).selectByValue(wh.main());
            browser.type("lines[0].sku", order.sku());
            browser.type("lines[0].quantity", "5");
            WebElement comparison = browser.clickAndAwait(By.cssSelector("button[value=compare]"), By.id("advice"));
            assertTrue(comparison.getText().contains("TRANSFER then BACKORDER: complete 6 days sooner"), comparison.getText());
            WebElement recommended = browser.find(By.cssSelector("#advice tr.recommended"));
            assertEquals(recommended, browser.find(By.cssSelector("#advice tbody tr")), "the recommended option comes first");
            assertTrue(browser.url().endsWith("#advice"), "the page goes to the comparison: " + browser.url());
            assertTrue(recommended.getText().startsWith("TRANSFER, BACKORDER"), recommended.getText());
            browser.screenshot("advisor-compare");

            recommended.findElement(By.cssSelector("button[name=choose]")).click();
            browser.awaitUrl(".*/orders/SO-\\d+$");
            assertTrue(browser.find(By.cssSelector(".flash")).getText().contains("partially completed"));
            String kept = browser.find(By.id("comparison")).getText();
            assertTrue(kept.contains("TRANSFER, BACKORDER chosen by clerk"), kept);
            assertTrue(kept.contains("MULTI_WAREHOUSE, BACKORDER") && kept.contains("PARK"), "the alternatives shown are kept: " + kept);
            assertTrue(browser.find(By.partialLinkText("TR-")).isDisplayed(), "a transfer was raised");
            browser.screenshot("advisor-kept");
        }
    }
}
