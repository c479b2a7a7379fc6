package com.backorderdesk.ordering;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk finds customers and products by name, in part and in any case, in order entry and in the lists. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindByNameIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    TestCatalog catalog;
    String warehouse;
    String supplier;
    String word;

    @BeforeEach
    void setUp() {
        catalog = new TestCatalog(Api.at(base));
        warehouse = catalog.warehouse(1);
        supplier = catalog.supplier(false);
        word = Api.unique("Zq").replace("-", "");
    }

    private String customer(String name) {
        return catalog.customer("null", name);
    }

    private String product(String name) {
        String sku = Api.unique("FP");
        assertEquals(201, Api.at(base).asAdmin().post("/api/products", json("{'sku':'%s','name':'%s','unitPrice':'10.00','unitCost':'6.00','minStock':0,"
                + "'supplier':'%s','dropShippable':false}", sku, name, supplier)).status());
        return sku;
    }

    private Map<String, String> order(String customer, String sku, String quantity, String action) {
        Map<String, String> form = new HashMap<>(Map.of("customer", customer, "warehouse", warehouse, "rows", "5",
                "lines[0].sku", sku, "lines[0].quantity", quantity, "action", action));
        form.put("notifyCustomer", "true");
        return form;
    }

    @Test
    void orderEntryTakesANameOrAPartOfOneInAnyCaseAndSaysWhenItFitsSeveral() {
        String customer = customer(word + " Builders Ltd");
        customer(word + " Plumbing Ltd");
        String sku = product(word + " Drill");
        catalog.stock(warehouse, sku, 5);
        WebSession clerk = new WebSession(base).login("clerk", "demo");
        clerk.get("/orders/new");

        String lower = word.toLowerCase(Locale.ROOT);
        HttpResponse<String> preview = clerk.post("/orders", order(lower + " builders", lower + " drill", "2", "preview"));
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("id=\"preview\""), "a name in any case finds the customer and the product");

        HttpResponse<String> several = clerk.post("/orders", order(lower, sku, "2", "preview"));
        assertEquals(400, several.statusCode());
        assertTrue(several.body().contains("matches several: "), several.body());
        assertTrue(several.body().contains(customer + " (" + word + " Builders Ltd)"), "the candidates are named");

        HttpResponse<String> twoWrong = clerk.post("/orders", order("nobody-" + lower, "no-such-" + lower, "many", "preview"));
        assertEquals(400, twoWrong.statusCode());
        String body = twoWrong.body();
        assertTrue(body.contains("Unknown customer") && body.contains("Unknown product") && body.contains("must be a whole number"),
                "everything wrong at once: " + body);

        HttpResponse<String> missing = clerk.post("/orders", order("", sku, "", "preview"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("must be filled in") && !missing.body().contains("must not be null")
                && !missing.body().contains("1 to 30 letters"), "an empty customer or quantity is asked for in words: " + missing.body());

        Map<String, String> allWrong = order("nobody-" + lower, "no-such-" + lower, "many", "place");
        allWrong.put("policy", "FOO");
        HttpResponse<String> refused = clerk.post("/orders", allWrong);
        assertEquals(400, refused.statusCode(), "placing a wrong order is refused with the form, not an error page");
        assertTrue(refused.body().contains("Unknown customer") && refused.body().contains("Unknown product")
                && refused.body().contains("must be a whole number") && refused.body().contains("Unknown strategy &#39;FOO&#39;"), "all at once: " + refused.body());
        assertTrue(refused.body().matches("(?s).*<input id=\"customer\"[^>]*autofocus.*"), "the cursor goes to the first field in error");

        for (String notAClick : List.of("", "bogus")) {
            HttpResponse<String> previewed = clerk.post("/orders", order(lower + " builders", sku, "2", notAClick));
            assertEquals(200, previewed.statusCode(), "a form sent without a click on Place is previewed, not placed");
            assertTrue(previewed.body().contains("id=\"preview\""), previewed.body());
        }
        assertEquals("[]", Api.at(base).as("clerk", "demo").get("/api/orders?customer=" + customer).body().strip(), "nothing placed yet");
        HttpResponse<String> placed = clerk.post("/orders", order(lower + " builders", sku, "2", "place"));
        assertEquals(303, placed.statusCode(), placed.body());
        String number = placed.headers().firstValue("Location").orElseThrow().replaceAll(".*/orders/", "");
        assertEquals(customer, Api.at(base).as("clerk", "demo").get("/api/orders/" + number).object().getString("customer"));
    }

    @Test
    void listsFilterByPartOfANameAndSayWhenNothingMatches() {
        String customer = customer(word + " Farmers");
        String sku = product(word + " Spade");
        Api clerk = Api.at(base).as("clerk", "demo");
        assertEquals(201, clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':3}],'policy':['BACKORDER']}",
                customer, warehouse, sku)).status());
        WebSession session = new WebSession(base).login("clerk", "demo");
        String part = word.toLowerCase(Locale.ROOT) + " farm";

        assertTrue(session.get("/orders?customer=" + part.replace(" ", "+")).body().contains(word + " Farmers"));
        String backorders = session.get("/backorders?customer=" + part.replace(" ", "+") + "&sku=" + word.toLowerCase(Locale.ROOT) + "+spa").body();
        assertTrue(backorders.contains(word + " Farmers"), "the backorder list finds by part of the customer's and the product's name");
        String none = session.get("/backorders?customer=" + word + "-nobody").body();
        assertTrue(none.contains("Nothing matches the filter"), none);
        assertFalse(none.contains("every order is complete"), "an empty filter result is not an empty list");
        assertEquals(1, clerk.get("/api/backorders?customer=" + customer).array().size(), "a code still filters by that code only");

        String po = clerk.get("/api/purchase-orders?sku=" + sku).array().getJsonObject(0).getString("number");
        assertTrue(session.get("/purchase-orders?sku=" + word.toLowerCase(Locale.ROOT) + "+spa").body().contains(po),
                "purchase orders filter by part of a product's name too");
        assertTrue(session.get("/purchase-orders?supplier=" + supplier.toLowerCase(Locale.ROOT)).body().contains(po),
                "and by a supplier's code in any case");
        WebSession manager = new WebSession(base).login("manager", "demo");
        manager.get("/products/new");
        String newSku = Api.unique("FQ");
        assertEquals(303, manager.post("/products", Map.of("sku", newSku, "name", "Fork", "unitPrice", "3.00", "unitCost", "1.00",
                "minStock", "0", "supplier", supplier.toLowerCase(Locale.ROOT))).statusCode(), "the product form takes the supplier in any case");
        assertEquals(supplier, clerk.get("/api/products/" + newSku).object().getString("supplier"));
        String suggestions = session.get("/suggest/customers?q=" + word.toLowerCase(Locale.ROOT) + "+far").body();
        assertTrue(suggestions.contains("\"value\":\"" + customer + "\""), suggestions);
        String suppliers = session.get("/suggest/suppliers?q=" + supplier.toLowerCase(Locale.ROOT)).body();
        assertTrue(suppliers.contains("\"value\":\"" + supplier + "\""), suppliers);
        String filters = session.get("/backorders").body();
        assertTrue(filters.contains("data-suggest=\"customers\"") && filters.contains("data-suggest=\"products\""),
                "the list's filters suggest customers and products as they are typed");
    }

    @Test
    void listsSortByTheirColumnsAndPageByNumberAndSize() {
        String sku = product(word + " Rake");
        Api clerk = Api.at(base).as("clerk", "demo");
        String first = customer(word + " Alpha");
        String last = customer(word + " Omega");
        for (int i = 0; i < 26; i++) {
            assertEquals(201, clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':1}],'policy':['BACKORDER']}",
                    i == 0 ? last : first, warehouse, sku)).status());
        }
        WebSession session = new WebSession(base).login("clerk", "demo");
        String filter = "/orders?customer=" + word.toLowerCase(Locale.ROOT);
        String byName = session.get(filter + "&sort=customer&size=50").body();
        assertTrue(byName.indexOf(word + " Alpha") < byName.indexOf(word + " Omega"), "A before O");
        assertFalse(byName.contains("rel=\"next\""), "26 orders fit on a page of 50");
        String reversed = session.get(filter + "&sort=-customer&size=50").body();
        assertTrue(reversed.indexOf(word + " Omega") < reversed.indexOf(word + " Alpha"), "O before A the other way round");
        assertTrue(reversed.contains("aria-sort=\"descending\""), reversed);

        String paged = session.get(filter + "&sort=customer").body();
        assertTrue(paged.contains("rel=\"next\""), "25 a page by default");
        assertTrue(paged.contains("aria-label=\"Page 2\""), "pages by number");
        assertTrue(paged.contains("sort=customer") && paged.contains("page=1"), "the page links keep the filter and the order");
        String second = session.get(filter + "&sort=customer&page=1").body();
        assertTrue(second.contains(word + " Omega") && !second.contains(word + " Alpha"), "the last of 26, by name, is on page 2");
        String beyond = session.get(filter + "&sort=customer&page=7").body();
        assertTrue(beyond.contains(word + " Omega") && !beyond.contains(word + " Alpha") && beyond.contains("26–26 of 26"),
                "a page past the end (a bookmark, a list that shrank) shows the last page, not an empty list: " + beyond);
        assertEquals("[]", clerk.get("/api/orders?customer=" + word.toLowerCase(Locale.ROOT) + "&page=7").body().strip(),
                "the API answers a page past the end empty, as clients reading until an empty page expect");

        String customers = session.get("/customers?q=" + word.toLowerCase(Locale.ROOT) + "&sort=-name").body();
        assertTrue(customers.indexOf(word + " Omega") < customers.indexOf(word + " Alpha"), "the customer list sorts too");
        String records = session.get("/shipments?sort=-created&size=50").body();
        assertTrue(records.contains("aria-sort=\"descending\""), "and the work queue: " + records);

        catalog.stock(warehouse, sku, 5); // a movement in the product's ledger
        WebSession admin = new WebSession(base).login("admin", "demo");
        for (String list : List.of("/admin/audit?sort=who", "/admin/outbox?sort=to", "/admin/users?sort=email", "/products/" + sku + "?sort=kind")) {
            assertTrue(admin.get(list).body().contains("aria-sort=\"ascending\""), "the admin's lists and the stock ledger sort too: " + list);
        }
        String users = admin.get("/admin/users?q=localhost&sort=-username").body().replaceFirst("(?s).*<main", "");
        assertTrue(users.indexOf(">manager</a>") < users.indexOf(">clerk</a>") && users.indexOf(">clerk</a>") < users.indexOf(">admin</a>"), "users by name, the other way round: " + users);
    }

    @Test
    void enterPreviewsComparingAndPlacingAreClicks() {
        String customer = customer(word + " Garden Centre");
        String sku = product(word + " Hose");
        catalog.stock(warehouse, sku, 1);
        try (Browser browser = Browser.open(base)) {
            browser.login("clerk", "demo");
            browser.go("orders/new");
            browser.type("customer", word.toLowerCase(Locale.ROOT) + " garden");
            new Select(browser.find(By.id("warehouse"))).selectByValue(warehouse);
            browser.type("lines[0].sku", word + " hose");
            browser.type("lines[0].quantity", "3");
            browser.find(By.id("lines[0].quantity")).sendKeys(Keys.ENTER);
            browser.await(By.id("preview"));
            assertTrue(browser.url().matches(".*/orders(#preview)?$"), "Enter previewed, it placed nothing: " + browser.url());
            assertEquals(List.of(), browser.accessibilityProblems(), "axe-core on the preview");
            browser.clickAndAwait(By.cssSelector("button[value=compare]"), By.id("advice"));
            assertEquals(List.of(), browser.accessibilityProblems(), "axe-core on the comparison");
            browser.find(By.cssSelector("button[value=place]")).click();
            browser.awaitUrl(".*/orders/SO-\\d+$");
            assertTrue(browser.find(By.tagName("main")).getText().contains(word + " Garden Centre"));
            assertEquals(List.of(), browser.accessibilityProblems(), "axe-core on the order placed");
        }
        assertEquals(1, Api.at(base).as("clerk", "demo").get("/api/orders?customer=" + customer).array().size(), "one order, placed by the click");
    }
}
