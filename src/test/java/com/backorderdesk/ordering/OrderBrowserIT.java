package com.backorderdesk.ordering;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestWarehouses;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk in a real browser enters a two-line order that pulls stock from several warehouses. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderBrowserIT {

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
    void aTwoLineMultiWarehouseOrderShowsOneRecordPerSupplyingWarehouse() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        TestWarehouses wh = TestWarehouses.create(catalog);
        String supplier = catalog.supplier(false);
        String a = catalog.product(supplier, 0, false);
        String b = catalog.product(supplier, 0, false);
        String customer = catalog.customer("null");
        catalog.stock(wh.main(), a, 2);
        catalog.stock(wh.east(), a, 5);
        catalog.stock(wh.west(), b, 4);

        browser.login("clerk", "demo");
        browser.clickAndAwait(By.linkText("Orders"), By.linkText("New order"));
        browser.clickAndAwait(By.linkText("New order"), By.id("customer"));
        browser.type("customer", customer);
        new Select(browser.find(By.id("warehouse"))).selectByValue(wh.main());
        browser.type("policy", "MULTI_WAREHOUSE, BACKORDER");
        browser.type("lines[0].sku", a);
        browser.type("lines[0].quantity", "4");
        browser.type("lines[1].sku", b);
        browser.type("lines[1].quantity", "6");
        String preview = browser.clickAndAwait(By.cssSelector("button[value=preview]"), By.id("preview")).getText();
        assertTrue(preview.contains("partially completed"), preview);
        browser.screenshot("order-preview");

        browser.find(By.cssSelector("button[value=place]")).click();
        browser.awaitUrl(".*/orders/SO-\\d+$");
        assertTrue(browser.find(By.cssSelector(".flash")).getText().contains("partially completed"));
        browser.screenshot("order-page");

        Map<String, String> records = new TreeMap<>();
        for (WebElement row : browser.findAll(By.cssSelector("tr.shipment"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            records.put(cells.get(1).getText(), cells.get(3).getText());
        }
        assertEquals(Map.of(wh.main(), "2 × " + a, wh.east(), "2 × " + a, wh.west(), "4 × " + b), records);
        String lines = browser.find(By.xpath("//h2[.='Lines']/following-sibling::table[1]")).getText();
        assertTrue(lines.contains(b), lines);
    }


    @Test
    void aClerkEntersSevenLinesWithTheKeyboardAlone() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String supplier = catalog.supplier(false);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            skus.add(catalog.product(supplier, 0, false));
        }
        browser.login("clerk", "demo").go("orders/new");
        browser.type("customer", catalog.customer("null"));
        new Select(browser.find(By.id("warehouse"))).selectByValue(warehouse);
        browser.find(By.id("lines[0].sku")).sendKeys("");
        for (int i = 0; i < skus.size(); i++) {
            assertEquals("lines[" + i + "].sku", browser.focused().getAttribute("id"), "Tab leads from line to line");
            browser.keys(skus.get(i), Keys.TAB, String.valueOf(i + 1), Keys.TAB);
        }
        assertEquals(8, browser.findAll(By.cssSelector("table.lines tbody tr")).size(), "typing into the last line added the next one");
        browser.keys(Keys.ENTER);
        List<WebElement> previewed = browser.await(By.id("preview")).findElements(By.cssSelector("tbody tr"));
        assertEquals(7, previewed.size(), "Enter previews all seven lines");
        assertTrue(previewed.get(6).getText().contains(skus.get(6)), previewed.get(6).getText());

        browser.go("orders/new");
        browser.find(By.cssSelector("button[value=more]")).sendKeys(Keys.ENTER);
        browser.await(By.id("lines[9].sku"));
        assertEquals("lines[5].sku", browser.focused().getAttribute("id"), "without typing ahead, More lines puts the cursor in the first new line");
    }
}
