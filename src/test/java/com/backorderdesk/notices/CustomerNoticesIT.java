package com.backorderdesk.notices;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Browser;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.TestUsers;
import com.backorderdesk.support.WebSession;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer's side of a backorder, as the customer meets it: a mail with what ships, what
 * waits and when, a link that opens the order without signing in, and a choice made once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerNoticesIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_-]{40,})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api manager;
    TestCatalog catalog;
    String warehouse;
    String supplier;

    @BeforeEach
    void setUp() {
        manager = Api.at(base).as("manager", "demo");
        catalog = new TestCatalog(Api.at(base));
        warehouse = catalog.warehouse(1);
        supplier = catalog.supplier(false); // lead time 5 days
    }

    /** A customer with an address of its own, so its mails can be told apart. */
    private String customer(boolean notices) {
        String code = Api.unique("NC");
        Api.Reply reply = Api.at(base).asAdmin().post("/api/customers", json("{'code':'%s','name':'Notice %s','email':'%s','shipTo':'1 Test Street',"
                + "'backorderNotices':%b}", code, code, email(code), notices));
        assertEquals(201, reply.status(), reply::toString);
        return code;
    }

    private static String email(String customer) {
        return customer.toLowerCase(Locale.ROOT) + "@example.com";
    }

    private JsonObject order(Api as, String customer, String sku, int quantity, String policy, String extra) {
        Api.Reply reply = as.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d}],'policy':['%s']%s}",
                customer, warehouse, sku, quantity, policy, extra));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    private String product(int onHand) {
        String sku = catalog.product(supplier, 0, false);
        if (onHand > 0) {
            catalog.stock(warehouse, sku, onHand);
        }
        return sku;
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).toList();
    }

    private List<MimeMessage> awaitMails(String address, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (mailsTo(address).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = mailsTo(address);
        assertEquals(count, mails.size(), "mails to " + address);
        return mails;
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage message) throws MessagingException, IOException {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }

    /** The path of the link in a mail's text. */
    private static String link(String text) {
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), "a link in: " + text);
        return m.group(1);
    }

    private String noticeLink(String customer) throws Exception {
        return link(text(awaitMails(email(customer), 1).get(0)));
    }

    /** What the customer does: open the confirmation of a choice, then confirm it. */
    private HttpResponse<String> choose(String link, String choice) {
        WebSession customer = new WebSession(base);
        customer.get(link + "/choose?choice=" + choice);
        return customer.post(link + "/choose", Map.of("choice", choice));
    }

    private JsonObject get(String order) {
        return manager.get("/api/orders/" + order).object();
    }

    private static String expected(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    @Test
    void aBackorderedOrderGetsOneNoticeWithDatesAndALinkThatOpensTheOrderWithoutSigningIn() throws Exception {
        String customer = customer(true);
        String sku = product(3);
        String number = order(manager, customer, sku, 10, "BACKORDER", "").getString("number");

        MimeMessage mail = awaitMails(email(customer), 1).get(0);
        assertEquals("Your order " + number + ": part ships now, the rest follows", mail.getSubject());
        String text = text(mail);
        // the purchase order raised today + the supplier's 5 days + 2 handling days
        assertTrue(text.contains("- Product " + sku + ": ordered 10, shipping or shipped 3, waiting 7, expected " + expected(7)), text);
        assertTrue(text.contains("- From Warehouse " + warehouse + ": 3 × Product " + sku), text);
        assertTrue(html(mail).contains(expected(7)), "the HTML part says the same");
        String link = link(text);

        JsonObject order = get(number);
        assertTrue(order.getBoolean("notifyCustomer"));
        assertEquals(1, order.getJsonArray("customerNotices").size());
        JsonObject notice = order.getJsonArray("customerNotices").getJsonObject(0);
        assertEquals("BACKORDER", notice.getString("kind"));
        assertEquals(mail.getSubject(), notice.getString("subject"));
        assertEquals(JsonValue.NULL, order.get("customerChoice"));

        HttpResponse<String> page = new WebSession(base).get(link);
        assertEquals(200, page.statusCode(), "no sign-in needed");
        String body = page.body();
        assertTrue(body.contains("Order " + number + " for Notice " + customer), body);
        assertTrue(body.contains(expected(7)), "the expected date is on the page");
        for (String choice : List.of("WAIT", "SHIP_AVAILABLE_CANCEL_REST", "CANCEL_UNSHIPPED")) {
            assertTrue(body.contains("choose?choice=" + choice), "the choice " + choice + " is offered");
        }
        assertFalse(body.contains("href=\"/orders"), "no staff navigation");
        assertFalse(body.contains("Sign out"), "no staff navigation");

        assertEquals(404, new WebSession(base).get("/c/" + "x".repeat(43)).statusCode(), "a made-up link opens nothing");
        Thread.sleep(1_500);
        assertEquals(1, mailsTo(email(customer)).size(), "one notice, not one per look");
    }

    @Test
    void aChoiceIsConfirmedAppliedOnceRecordedAndAnAlertForTheClerk() throws Exception {
        String clerk = TestUsers.create(base, "choice", "CLERK");
        String customer = customer(true);
        String sku = product(2);
        String number = order(Api.at(base).as(clerk, TestUsers.PASSWORD), customer, sku, 5, "BACKORDER", "").getString("number");
        String link = noticeLink(customer);

        WebSession browser = new WebSession(base);
        HttpResponse<String> confirm = browser.get(link + "/choose?choice=WAIT");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Confirm your choice for order " + number), confirm.body());
        assertEquals(403, browser.postRaw(link + "/choose", Map.of("choice", "WAIT")).statusCode(), "no CSRF token, no choice");
        assertEquals(JsonValue.NULL, get(number).get("customerChoice"), "a confirmation page changes nothing");

        HttpResponse<String> made = browser.post(link + "/choose", Map.of("choice", "WAIT"));
        assertEquals(200, made.statusCode(), made.body());
        assertTrue(made.body().contains("id=\"choice-made\""), made.body());
        HttpResponse<String> again = browser.post(link + "/choose", Map.of("choice", "CANCEL_UNSHIPPED"));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("id=\"choice-already\""), "a second choice answers with the first: " + again.body());

        JsonObject order = get(number);
        assertEquals("WAIT", order.getJsonObject("customerChoice").getString("choice"));
        assertEquals("PARTIALLY_COMPLETED", order.getString("status"), "waiting changes nothing");
        assertEquals(3, order.getJsonArray("lines").getJsonObject(0).getInt("backordered"));
        List<String> kinds = order.getJsonArray("customerNotices").getValuesAs(JsonObject.class).stream().map(n -> n.getString("kind")).toList();
        assertEquals(List.of("BACKORDER", "CHOICE"), kinds);
        MimeMessage confirmation = awaitMails(email(customer), 2).get(1);
        assertEquals("Your order " + number + ": we have your choice", confirmation.getSubject());
        assertTrue(text(confirmation).contains("We have your choice: Wait for the rest."), text(confirmation));

        WebSession staff = new WebSession(base).login(clerk, TestUsers.PASSWORD);
        String home = staff.get("/").body();
        assertTrue(home.contains("id=\"choice-badge\">1<"), "the clerk who entered the order is alerted");
        String orderPage = staff.get("/orders/" + number).body();
        assertTrue(orderPage.contains("customer via link"), "the history names the customer");
        assertTrue(orderPage.contains("id=\"customer-choice\""), orderPage);
        assertTrue(staff.get("/customer-choices").body().contains(">" + number + "<"));
        staff.post("/customer-choices/read", Map.of());
        assertFalse(staff.get("/").body().contains("id=\"choice-badge\""), "read choices leave the badge");
    }

    @Test
    void shipWhatIsThereShipsAParkedOrdersHeldStockAndCancelsTheRest() throws Exception {
        String customer = customer(true);
        String sku = product(4);
        String number = order(manager, customer, sku, 10, "PARK", "").getString("number");
        assertEquals("PARKED", get(number).getString("status"));
        String link = noticeLink(customer);

        assertEquals(200, choose(link, "SHIP_AVAILABLE_CANCEL_REST").statusCode());

        JsonObject order = get(number);
        assertEquals("COMPLETED", order.getString("status"));
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertEquals(4, line.getInt("quantity"));
        assertEquals(4, line.getInt("processed"));
        assertEquals(6, line.getInt("cancelled"));
        assertEquals(0, line.getInt("allocated"));
        assertEquals(1, order.getJsonArray("shipments").size(), "the held stock is on a pick-pack-ship record");
        assertEquals(4, catalog.level(warehouse, sku).getInt("allocated"));
        assertEquals("SHIP_AVAILABLE_CANCEL_REST", order.getJsonObject("customerChoice").getString("choice"));
    }

    @Test
    void cancelUnshippedCancelsRecordsNobodyPickedAndGivesTheirStockBack() throws Exception {
        String customer = customer(true);
        String sku = product(3);
        String number = order(manager, customer, sku, 10, "BACKORDER", "").getString("number");
        String link = noticeLink(customer);

        assertEquals(200, choose(link, "CANCEL_UNSHIPPED").statusCode());

        JsonObject order = get(number);
        assertEquals("CANCELLED", order.getString("status"));
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, line.getInt("quantity"));
        assertEquals(10, line.getInt("cancelled"));
        assertEquals("CANCELLED", order.getJsonArray("shipments").getJsonObject(0).getString("status"));
        JsonObject level = catalog.level(warehouse, sku);
        assertEquals(0, level.getInt("allocated"), "the record's stock is free again");
        assertEquals(3, level.getInt("onHand"));
        assertEquals(409, manager.post("/api/shipments/" + order.getJsonArray("shipments").getJsonObject(0).getString("id") + "/status",
                "{\"status\":\"PICKED\"}").status(), "a cancelled record is not picked");
    }

    @Test
    void whenNothingWaitsAnyMoreTheLinkHasExpiredAndAChoiceIsRefused() throws Exception {
        String customer = customer(true);
        String sku = product(0);
        String number = order(manager, customer, sku, 5, "BACKORDER", "").getString("number");
        String link = noticeLink(customer);
        WebSession browser = new WebSession(base);
        assertEquals(200, browser.get(link + "/choose?choice=CANCEL_UNSHIPPED").statusCode());

        String po = manager.get("/api/purchase-orders?status=OPEN&sku=" + sku).array().getJsonObject(0).getString("number");
        assertEquals(200, manager.post("/api/purchase-orders/" + po + "/receipts", json("{'lines':[{'sku':'%s','quantity':5}]}", sku)).status());
        assertEquals("COMPLETED", get(number).getString("status"));

        HttpResponse<String> refused = browser.post(link + "/choose", Map.of("choice", "CANCEL_UNSHIPPED"));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Nothing waits on order " + number + " any more"), refused.body());
        assertEquals(409, browser.get(link).statusCode(), "the link has expired");
        JsonObject order = get(number);
        assertEquals(JsonValue.NULL, order.get("customerChoice"));
        assertEquals(5, order.getJsonArray("lines").getJsonObject(0).getInt("processed"), "the refused choice cancelled nothing");
    }

    @Test
    void aCustomerOrAnOrderThatSaysNoGetsNoNotice() throws Exception {
        String quiet = customer(false);
        String optedOut = customer(true);
        String control = customer(true);
        String sku = product(0);
        String a = order(manager, quiet, sku, 2, "BACKORDER", "").getString("number");
        String b = order(manager, optedOut, sku, 2, "BACKORDER", ",'notifyCustomer':false").getString("number");
        order(manager, control, sku, 2, "BACKORDER", "");

        awaitMails(email(control), 1); // the watches are looked at in order: the two before were looked at too
        Thread.sleep(500);
        assertEquals(0, mailsTo(email(quiet)).size(), "the customer said no");
        assertEquals(0, mailsTo(email(optedOut)).size(), "the order said no");
        assertFalse(get(a).getBoolean("notifyCustomer"));
        assertFalse(get(b).getBoolean("notifyCustomer"));
        assertEquals(0, get(b).getJsonArray("customerNotices").size());
        assertFalse(manager.get("/api/customers/" + quiet).object().getBoolean("backorderNotices"));
    }

    @Test
    void aCustomerFollowsTheLinkInTheMailInABrowserAndChooses() throws Exception {
        String customer = customer(true);
        String sku = product(1);
        String number = order(manager, customer, sku, 3, "BACKORDER", "").getString("number");
        String link = noticeLink(customer);
        try (Browser browser = Browser.open(base)) {
            browser.go(link.substring(1));
            assertTrue(browser.find(By.tagName("h1")).getText().contains(number));
            browser.clickAndAwait(By.cssSelector("a[href$='choice=WAIT']"), By.cssSelector("form button[type=submit]"));
            browser.clickAndAwait(By.cssSelector("form button[type=submit]"), By.id("choice-made"));
        }
        assertEquals("WAIT", get(number).getJsonObject("customerChoice").getString("choice"));
    }
}
