package com.backorderdesk.notices;

import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.sales.OrderData;
import com.backorderdesk.sales.SalesOrders;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.purchasing.PurchaseOrders;
import com.backorderdesk.purchasing.ReceiptData;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.MovableClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server, with the clock in the test's hand: one mail a day at most, the day's changes together; links expire. */
@ExtendWith(ArquillianExtension.class)
class NoticeDaysIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NoticeDaysIT.class, MovableClock.class);
    }

    @Inject
    MovableClock clock;
    @Inject
    Warehouses warehouses;
    @Inject
    Suppliers suppliers;
    @Inject
    Products products;
    @Inject
    Customers customers;
    @Inject
    SalesOrders orders;
    @Inject
    PurchaseOrders purchaseOrders;
    @Inject
    Notices notices;
    @Inject
    CustomerChoices choices;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
        System.clearProperty("BACKORDER_LINK_REQUESTS_PER_MINUTE");
    }

    @Test
    void theDaysChangesGoTogetherInOneMailTheNextDayAndLinksExpire() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String wh = "NW-" + id;
        String sku = "NP-" + id;
        String email = "days-" + id.toLowerCase() + "@example.com";
        clock.set(at("2026-11-02T09:00"));
        warehouses.create(new WarehouseData(wh, "Notice test", 940, true));
        suppliers.create(new SupplierData("NS-" + id, "Slow Supplies", "s@example.com", 3, false));
        products.create(new ProductData(sku, "Widget", new BigDecimal("10.00"), new BigDecimal("6.00"), 0, "NS-" + id, false));
        customers.create(new CustomerData("NC-" + id, "Days Ltd", email, "1 Road", null, null));
        String order = orders.place(new OrderData("NC-" + id, wh, List.of(new OrderData.LineData(sku, 10)), List.of("BACKORDER"), false, null)).number();
        String po = orders.get(order).purchaseOrders().get(0);

        lookAtAll();
        List<String> mails = mails(email);
        assertEquals(1, mails.size(), "the backorder notice");
        // ordered on 2 November, 3 days' lead time, 2 handling days
        assertTrue(mails.get(0).contains("waiting 10, expected 2026-11-07"), mails.get(0));
        String firstLink = token(mails.get(0));

        clock.set(at("2026-11-02T10:00"));
        purchaseOrders.receive(po, new ReceiptData(List.of(new ReceiptData.Line(sku, 4))));
        lookAtAll();
        clock.set(at("2026-11-02T15:00"));
        purchaseOrders.receive(po, new ReceiptData(List.of(new ReceiptData.Line(sku, 3))));
        lookAtAll();
        assertEquals(1, mails(email).size(), "no second mail the same day");

        clock.set(at("2026-11-03T08:00"));
        lookAtAll();
        lookAtAll();
        mails = mails(email);
        assertEquals(2, mails.size(), "the next day, one update");
        assertTrue(mails.get(1).contains("More of your order ships: 7 x Widget."), "both receipts in one mail: " + mails.get(1));
        assertTrue(mails.get(1).contains("shipping or shipped 7, waiting 3"), mails.get(1));
        assertEquals(List.of("Your order " + order + ": waiting for stock", "Your order " + order + ": more of it ships"), subjects(email));
        String secondLink = token(mails.get(1));

        clock.set(at("2026-12-02T10:00")); // 30 days after the first link, not yet after the second
        Problem expired = assertThrows(Problem.class, () -> choices.open(firstLink));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertEquals(order, choices.open(secondLink).order().order());
        clock.set(at("2026-12-03T08:00"));
        assertThrows(Problem.class, () -> choices.open(secondLink));
    }

    @Test
    void oneAddressGetsAtMostTheLimitOfLinkPagesAMinute() throws Exception {
        System.setProperty("BACKORDER_LINK_REQUESTS_PER_MINUTE", "5");
        HttpClient client = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/c/" + "z".repeat(43));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(client.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertEquals(List.of(404, 404, 404, 404, 404, 429, 429, 429), statuses);
    }

    /** What the update timer does, here and now. */
    private void lookAtAll() {
        for (Long watch : notices.due()) {
            notices.check(watch);
        }
    }

    private static String token(String text) {
        Matcher m = Pattern.compile("/c/([A-Za-z0-9_-]{40,})").matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).toInstant();
    }

    private List<String> mails(String email) throws SQLException {
        return strings("select text_body from mail_outbox where kind = 'CUSTOMER' and recipient = ? order by id", email);
    }

    private List<String> subjects(String email) throws SQLException {
        return strings("select subject from mail_outbox where kind = 'CUSTOMER' and recipient = ? order by id", email);
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
