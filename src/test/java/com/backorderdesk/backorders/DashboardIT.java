package com.backorderdesk.backorders;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's figures against a known data set: one customer's orders, one of each waiting status. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void figuresAgesAndListsMatchTheOrders() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String supplier = catalog.supplier(false);
        String a = catalog.product(supplier, 0, false);
        String b = catalog.product(supplier, 0, false);
        String c = catalog.product(supplier, 0, false);
        catalog.stock(warehouse, b, 2);
        catalog.stock(warehouse, c, 1);
        String customer = catalog.customer("null");
        Api clerk = Api.at(base).as("clerk", "demo");
        String backordered = place(clerk, customer, warehouse, a, 2, "BACKORDER");
        String partial = place(clerk, customer, warehouse, b, 5, "BACKORDER");
        String parked = place(clerk, customer, warehouse, c, 4, "PARK");

        String page = new WebSession(base).login("manager", "demo").get("/?customer=" + customer).body();
        assertFigure(page, "partially completed", 1, "$30.00");
        assertFigure(page, "backordered", 1, "$20.00");
        assertFigure(page, "parked", 1, "$40.00");
        assertTrue(page.contains(">3</text>"), "the 0–2 days bar counts the three orders");
        String oldest = page.substring(page.indexOf("id=\"oldest\""));
        assertTrue(oldest.indexOf(backordered) < oldest.indexOf(partial) && oldest.indexOf(partial) < oldest.indexOf(parked), "oldest first");
    }

    @Test
    void theWaitingListDownloadsAsCsvOldestFirstWithoutFormulas() {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        catalog.stock(warehouse, sku, 0);
        String customer = Api.unique("CSV");
        assertEquals(201, Api.at(base).asAdmin().post("/api/customers", json("{'code':'%s','name':'=HYPERLINK(1)','email':'c@example.com','shipTo':'x'}",
                customer)).status());
        Api clerk = Api.at(base).as("clerk", "demo");
        String first = place(clerk, customer, warehouse, sku, 2, "BACKORDER");
        String second = place(clerk, customer, warehouse, sku, 3, "BACKORDER");

        HttpResponse<String> csv = new WebSession(base).login("manager", "demo").get("/backorders.csv?customer=" + customer);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("backorders.csv"));
        List<String> rows = csv.body().lines().toList();
        assertEquals("order,customer,warehouse,status,rush,age_days,waiting,expected,fillable_now,value", rows.get(0));
        assertEquals(3, rows.size(), csv::body);
        assertTrue(rows.get(1).startsWith("\"" + first + "\",\"'=HYPERLINK(1)\",\"" + warehouse + "\",\"BACKORDERED\",false,0,\"2 x " + sku + "\""),
                "oldest first, a formula made text: " + rows.get(1));
        assertTrue(rows.get(2).startsWith("\"" + second + "\","), rows.get(2));
        assertTrue(rows.get(2).endsWith(",false,30.00"), "not fillable now, 3 x 10.00 owed: " + rows.get(2));
    }

    private static String place(Api clerk, String customer, String warehouse, String sku, int quantity, String policy) {
        Api.Reply reply = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d}],'policy':['%s']}",
                customer, warehouse, sku, quantity, policy));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getString("number");
    }

    private static void assertFigure(String page, String status, int orders, String owed) {
        Matcher tile = Pattern.compile("<span>" + status + "</span>\\s*<strong class=\"figure\">(\\d+)</strong>\\s*<span>(\\$[0-9.,]+) owed</span>").matcher(page);
        assertTrue(tile.find(), status + " tile");
        assertEquals(orders, Integer.parseInt(tile.group(1)), status);
        assertEquals(owed, tile.group(2), status);
    }
}
