package com.backorderdesk.catalog;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Chrome;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    WebDriver browser;

    @BeforeEach
    void open() {
        browser = Chrome.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void createsAProductAfterFixingTheFormAndShowsMarkupAsText() {
        String supplier = new TestCatalog(Api.at(base)).supplier(true);

        browser.get(base + "products");
        assertTrue(browser.getCurrentUrl().contains("/login"), "strangers are sent to the login page");
        browser.findElement(By.id("username")).sendKeys("manager");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        Chrome.awaitUrl(browser, ".*/products$");
        assertEquals("manager", browser.findElement(By.cssSelector(".signout .user")).getText());

        browser.findElement(By.linkText("New product")).click();
        Chrome.await(browser, By.id("sku"));
        String sku = unique("WEB");
        type("sku", sku);
        type("name", "<script>alert(1)</script>");
        type("unitPrice", "twelve");
        type("unitCost", "4.20");
        type("minStock", "3");
        type("supplier", supplier);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        WebElement priceError = Chrome.await(browser, By.cssSelector(".field.has-error .error"));
        assertEquals("must be a number such as 12.50", priceError.getText());
        assertEquals("<script>alert(1)</script>", browser.findElement(By.id("name")).getAttribute("value"), "what was typed is kept");
        Chrome.screenshot(browser, "product-form-error");

        type("unitPrice", "12.50");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        Chrome.awaitUrl(browser, ".*/products/" + sku + "$");
        assertEquals("Product " + sku + " created.", browser.findElement(By.cssSelector(".flash")).getText());
        assertEquals(sku + " · <script>alert(1)</script>", browser.findElement(By.tagName("h1")).getText(), "markup is shown as text");
        assertEquals("12.50", browser.findElement(By.xpath("//dt[.='Unit price']/following-sibling::dd[1]")).getText());
        Chrome.screenshot(browser, "product-created");
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }
}
