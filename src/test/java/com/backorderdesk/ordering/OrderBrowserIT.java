package com.backorderdesk.ordering;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestWarehouses;
import com.backorderdesk.support.WebSession;
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

    @Test
    void eachLineShowsItsProductStockAndPriceAsItIsTyped() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String here = catalog.warehouse(1);
        String there = catalog.warehouse(2);
        String supplier = catalog.supplier(false);
        String a = catalog.product(supplier, 0, false);
        String b = catalog.product(supplier, 0, false);
        catalog.stock(here, a, 2);
        catalog.stock(there, a, 5);
        catalog.stock(here, b, 10);

        browser.login("clerk", "demo").go("orders/new");
        new Select(browser.find(By.id("warehouse"))).selectByValue(here);
        browser.type("lines[0].sku", a.toLowerCase(java.util.Locale.ROOT));
        browser.type("lines[0].quantity", "4");
        browser.type("lines[1].sku", b);
        browser.type("lines[1].quantity", "3");
        browser.awaitText(By.id("entry-total"), "$70.00");
        assertEquals(List.of("Product " + a + " short", "2", "7", "$10.00", "$40.00"), figures(0), "a SKU in lower case is found; 2 of 4 here");
        assertEquals(List.of("Product " + b, "10", "10", "$10.00", "$30.00"), figures(1));
        assertTrue(browser.findAll(By.id("preview")).isEmpty(), "the figures came without Preview");

        new Select(browser.find(By.id("warehouse"))).selectByValue(there);
        browser.awaitText(By.cssSelector("table.lines tbody tr:nth-child(1) [data-figure=freeHere]"), "5");
        assertEquals(List.of("Product " + a, "5", "7", "$10.00", "$40.00"), figures(0), "the other warehouse has enough");
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    @Test
    void withoutJavaScriptTheFiguresComeWithPreview() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String a = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(warehouse, a, 1);
        WebSession clerk = new WebSession(base).login("clerk", "demo");
        clerk.get("/orders/new");
        String page = clerk.post("/orders", Map.of("customer", catalog.customer("null"), "warehouse", warehouse, "rows", "5",
                "lines[0].sku", a, "lines[0].quantity", "1200", "action", "more")).body();
        String entry = page.substring(page.indexOf("<table class=\"lines\""), page.indexOf("</table>", page.indexOf("<table class=\"lines\"")));
        assertTrue(entry.contains("Product " + a) && entry.contains("$12,000.00") && entry.contains(">short<"),
                "name, line total with thousands separators and the shortage beside the line: " + entry);
    }

    /** The figures order entry shows beside a line: name (with "short"), free here, free in all, unit price, line total. */
    private List<String> figures(int row) {
        WebElement line = browser.findAll(By.cssSelector("table.lines tbody tr")).get(row);
        return line.findElements(By.cssSelector("[data-figure]")).stream().map(WebElement::getText).toList();
    }
}
