package com.backorderdesk.catalog;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
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

import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in a real browser: signs in, makes a mistake in the product form, then creates a product. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogBrowserIT {

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
    void createsAProductAfterFixingTheFormAndShowsMarkupAsText() {
        String supplier = new TestCatalog(Api.at(base)).supplier(true);

        browser.go("products");
        assertTrue(browser.url().contains("/login"), "strangers are sent to the login page");
        browser.type("username", "manager");
        browser.type("password", "demo");
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.awaitUrl(".*/products$");
        assertEquals("manager", browser.find(By.cssSelector(".signout .user")).getText());

        browser.clickAndAwait(By.linkText("New product"), By.id("sku"));
        String sku = unique("WEB");
        browser.type("sku", sku);
        browser.type("name", "<script>alert(1)</script>");
        browser.type("unitPrice", "twelve");
        browser.type("unitCost", "4.20");
        browser.type("minStock", "3");
        browser.type("supplier", supplier);
        String priceError = browser.clickAndAwait(By.cssSelector("main button[type=submit]"), By.cssSelector(".field.has-error .error")).getText();
        assertEquals("must be a number such as 12.50", priceError);
        assertEquals("<script>alert(1)</script>", browser.find(By.id("name")).getAttribute("value"), "what was typed is kept");
        browser.screenshot("product-form-error");

        browser.type("unitPrice", "12.50");
        browser.find(By.cssSelector("main button[type=submit]")).click();
        browser.awaitUrl(".*/products/" + sku + "$");
        assertEquals("Product " + sku + " created.", browser.find(By.cssSelector(".flash")).getText());
        assertEquals(sku + " · <script>alert(1)</script>", browser.find(By.tagName("h1")).getText(), "markup is shown as text");
        assertEquals("$12.50", browser.find(By.xpath("//dt[.='Unit price']/following-sibling::dd[1]")).getText());
        browser.screenshot("product-created");
    }
}
