package com.backorderdesk.digest;

import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.inventory.CountData;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.sales.OrderData;
import com.backorderdesk.sales.SalesOrders;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server with a clock the test moves: digest content against a data set known to
 * the unit (a warehouse of its own, followed by the subscription), and the catch-up after
 * the server was down.
 */
@ExtendWith(ArquillianExtension.class)
class DigestScheduleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DigestScheduleIT.class, MovableClock.class);
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
    Stock stock;
    @Inject
    SalesOrders orders;
    @Inject
    PurchaseOrders purchaseOrders;
    @Inject
    Subscriptions subscriptions;
    @Inject
    Digests digests;
    @Inject
    DigestTimers timers;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void digestsSayWhatIsWaitingWhatChangedAndCatchUpOnceAfterDowntime() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String wh = "DW-" + id;
        String p1 = "DP1-" + id;
        String p2 = "DP2-" + id;
        String email = "digest-" + id.toLowerCase() + "@example.com";
        clock.set(at("2026-11-02T08:00"));
        warehouses.create(new WarehouseData(wh, "Digest test", 950, true));
        suppliers.create(new SupplierData("DS-" + id, "Slow Supplies", "s@example.com", 3, false));
        products.create(new ProductData(p1, "Widget", new BigDecimal("10.00"), new BigDecimal("6.00"), 0, "DS-" + id, false));
        products.create(new ProductData(p2, "Gadget", new BigDecimal("5.00"), new BigDecimal("3.00"), 0, "DS-" + id, false));
        customers.create(new CustomerData("DC1-" + id, "Early Bird", "e@example.com", "1 Road", null, null));
        customers.create(new CustomerData("DC2-" + id, "Second Co", "s@example.com", "2 Road", null, null));
        stock.count(wh, p2, new CountData(3, "opening stock"));
        subscriptions.subscribe(new Subscriptions.SubscriptionData(email, "DAILY", wh));
        subscriptions.subscribe(new Subscriptions.SubscriptionData(email, "WEEKLY", wh));

        clock.set(at("2026-11-02T09:00"));
        String a = place("DC1-" + id, wh, List.of(new OrderData.LineData(p1, 4)), "BACKORDER");
        clock.set(at("2026-11-03T09:00"));
        String b = place("DC2-" + id, wh, List.of(new OrderData.LineData(p2, 3), new OrderData.LineData(p1, 2)), "BACKORDER");
        clock.set(at("2026-11-04T09:00"));
        String c = place("DC1-" + id, wh, List.of(new OrderData.LineData(p1, 1)), "PARK");

        clock.set(at("2026-11-05T08:00"));
        digests.send(Frequency.DAILY);
        assertEquals(1, mails(email).size(), "the first daily digest");
        String first = mails(email).get(0);
        assertTrue(first.startsWith("Backorder digest, daily, 2026-11-05 (" + wh + "): 1 partially completed order"), first);
        assertTrue(first.contains("- partially completed: 1 order, $20.00 owed\n"), first);
        assertTrue(first.contains("- backordered: 1 order, $40.00 owed\n"), first);
        assertTrue(first.contains("- parked: 1 order, $10.00 owed\n"), first);
        assertTrue(first.contains("Waiting in all: 3 orders, $70.00 owed\n"), "no change on a first digest: " + first);
        assertTrue(first.contains("Waiting orders, oldest first:\n"
                + "- " + a + " Early Bird, 3 days: 4 x " + p1 + " (expected 2026-11-05)\n"
                + "- " + b + " Second Co, 2 days: 2 x " + p1 + " (expected 2026-11-05)\n"
                + "- " + c + " Early Bird, 1 day: 1 x " + p1 + " (expected 2026-11-05)\n"), first);
        assertTrue(first.contains("Restocking matches since 2026-11-04 08:00 " + zone("2026-11-04T08:00") + ":\nNone."), first);
        assertTrue(first.contains("Overdue purchase orders:\nNone."), "due today is not overdue: " + first);
        String html = strings("select html_body from mail_outbox where kind = 'DIGEST' and recipient = ?", email).get(0);
        int ia = html.indexOf(">" + a + "<");
        int ib = html.indexOf(">" + b + "<");
        int ic = html.indexOf(">" + c + "<");
        assertTrue(ia > 0 && ia < ib && ib < ic && html.contains("/orders/" + a + "\""),
                "the HTML part lists the same orders, oldest first, with links");

        clock.set(at("2026-11-06T08:00"));
        String po = purchaseOrders.numbersFor(orders.find(a)).get(0);
        PurchaseOrders.Receipt receipt = purchaseOrders.receive(po, new ReceiptData(List.of(new ReceiptData.Line(p1, 4))));
        assertEquals(a, receipt.matches().get(0).order(), "the oldest order is filled first");
        digests.send(Frequency.DAILY);
        List<String> sent = mails(email);
        assertEquals(2, sent.size());
        String second = sent.get(1);
        assertTrue(second.contains("- partially completed: 1 order, $20.00 owed (0 orders, $0.00 since the previous daily digest)"), second);
        assertTrue(second.contains("- backordered: 0 orders, $0.00 owed (-1 order, -$40.00 since the previous daily digest)"), second);
        assertTrue(second.contains("Waiting in all: 2 orders, $30.00 owed (-1 order, -$40.00 since the previous daily digest)"), second);
        assertTrue(second.contains("Restocking matches since 2026-11-05 08:00 " + zone("2026-11-05T08:00") + ":\n- " + a + ": 4 x " + p1 + " from " + po + " receipt "
                + receipt.reference()), second);
        assertTrue(second.contains("- " + b + " Second Co, 3 days: 2 x " + p1), second);
        assertTrue(second.contains("Overdue purchase orders:\n- " + po + " Slow Supplies, due 2026-11-05, 1 day late"), second);
        assertFalse(second.contains("- " + a + " Early Bird"), "a filled order no longer waits");

        // the server is back at 09:00 on Tuesday: the day's digest and the week's go out once
        clock.set(at("2026-11-10T09:00"));
        timers.catchUp();
        timers.catchUp();
        // down on Wednesday and Thursday, back on Friday before the daily time: Thursday's digest, once
        clock.set(at("2026-11-13T06:00"));
        timers.catchUp();
        // back on Monday before 07:00: Sunday's daily; this week's weekly is not due yet, last week's went out
        clock.set(at("2026-11-16T06:30"));
        timers.catchUp();
        assertEquals(List.of("2026-11-05", "2026-11-06", "2026-11-10", "2026-11-12", "2026-11-15"), periods(email, "DAILY"));
        assertEquals(List.of(Frequency.WEEKLY.period(LocalDate.parse("2026-11-09"))), periods(email, "WEEKLY"));
        assertEquals(6, mails(email).size(), "one mail per digest run");

        // a subscriber who came after Sunday's digest fell due is not sent Sunday's by a catch-up, but Monday's
        String late = "late-" + email;
        clock.set(at("2026-11-16T06:35"));
        subscriptions.subscribe(new Subscriptions.SubscriptionData(late, "DAILY", wh));
        clock.set(at("2026-11-16T06:40"));
        timers.catchUp();
        assertEquals(List.of(), periods(late, "DAILY"), "Sunday's period closed before the subscription");
        clock.set(at("2026-11-16T07:05"));
        timers.catchUp();
        assertEquals(List.of("2026-11-16"), periods(late, "DAILY"));
        assertEquals(List.of("2026-11-05", "2026-11-06", "2026-11-10", "2026-11-12", "2026-11-15", "2026-11-16"), periods(email, "DAILY"));
    }

    private String place(String customer, String warehouse, List<OrderData.LineData> lines, String policy) {
        return orders.place(new OrderData(customer, warehouse, lines, List.of(policy), false, null)).number();
    }

    /** The server's time zone as the mails name it at that moment (CET, UTC, ...). */
    private static String zone(String local) {
        return java.time.format.DateTimeFormatter.ofPattern("z", java.util.Locale.ENGLISH).withZone(ZoneId.systemDefault()).format(at(local));
    }

    private static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** The text parts of the digests queued for an address, oldest first. */
    private List<String> mails(String email) throws SQLException {
        return strings("select text_body from mail_outbox where kind = 'DIGEST' and recipient = ? order by id", email);
    }

    private List<String> periods(String email, String kind) throws SQLException {
        return strings("select period from digest_run where recipient = ? and kind = '" + kind + "' order by period", email);
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
