package com.backorderdesk.digest;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.AtOnce;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.FailedMails;
import com.backorderdesk.support.TestCatalog;
import com.backorderdesk.support.WebSession;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.backorderdesk.support.Api.json;
import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Daily digests by "send now": subscriptions, content, HTML and text, exactly once per period and recipient. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DigestIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void subscribersGetTheDailyDigestOncePerDay() throws Exception {
        Api manager = Api.at(base).as("manager", "demo");
        String boss = unique("boss").toLowerCase() + "@example.com";
        String deputy = unique("deputy").toLowerCase() + "@example.com";
        for (String email : List.of(boss, deputy)) {
            Api.Reply created = manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'DAILY'}", email));
            assertEquals(201, created.status(), created::toString);
        }
        assertEquals(409, manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'DAILY'}", boss)).status());
        assertEquals("email", manager.post("/api/digest-subscriptions", json("{'email':'nope','frequency':'DAILY'}")).object().getString("field"));
        assertEquals("frequency", manager.post("/api/digest-subscriptions", json("{'email':'a@example.com','frequency':'HOURLY'}")).object().getString("field"));
        assertEquals(403, Api.at(base).as("clerk", "demo").post("/api/digest-subscriptions", json("{'email':'c@example.com','frequency':'DAILY'}")).status());

        TestCatalog catalog = new TestCatalog(Api.at(base));
        String warehouse = catalog.warehouse(1);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        String customer = catalog.customer("null");
        String filled = manager.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}]}", customer, warehouse, sku))
                .object().getString("number");
        catalog.stock(warehouse, sku, 2);

        Api.Reply first = manager.post("/api/digests/daily/send", null);
        assertEquals(200, first.status(), first::toString);
        String period = first.object().getString("period");
        assertEquals(LocalDate.now().toString(), period);
        assertTrue(first.object().getInt("sent") >= 2, first::toString);
        Api.Reply again = manager.post("/api/digests/daily/send", null);
        assertEquals(0, again.object().getInt("sent"), "a second send in the same period sends nothing");
        assertEquals(400, manager.post("/api/digests/monthly/send", null).status());

        for (String email : List.of(boss, deputy)) {
            awaitMailTo(email); // other tests' mails (customer notices, alerts) arrive on the same server too
        }
        Thread.sleep(1500);
        for (String email : List.of(boss, deputy)) {
            MimeMessage[] mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).toArray(MimeMessage[]::new);
            assertEquals(1, mails.length, "one digest for " + email);
            assertTrue(mails[0].getSubject().startsWith("Backorder digest, daily, " + period + ": "), mails[0].getSubject());
            // however many other tests left partially completed: "1 ... order" or "n ... orders"
            assertTrue(mails[0].getSubject().matches(".*: [0-9][0-9,]* partially completed orders?"), mails[0].getSubject());
            MimeMultipart parts = (MimeMultipart) mails[0].getContent();
            String text = GreenMailUtil.getBody(parts.getBodyPart(0));
            String html = GreenMailUtil.getBody(parts.getBodyPart(1));
            assertTrue(text.contains("Restocking matches since") && text.contains(filled + ": 2 x " + sku), text);
            assertTrue(html.contains(filled) && html.contains("Waiting orders, oldest first"), "the HTML part lists the match");
        }

        WebSession page = new WebSession(base).login("manager", "demo");
        assertTrue(page.get("/digests").body().contains(boss), "the settings page lists the subscription");
        String preview = page.get("/digests/preview/daily").body();
        assertTrue(preview.contains("src=\"/digests/preview/daily/mail\""), "the preview page frames the mail: " + preview);
        java.net.http.HttpResponse<String> mail = page.get("/digests/preview/daily/mail");
        assertTrue(mail.body().contains("Backorder digest, daily, " + period), "the preview is the digest as it would be sent");
        assertTrue(mail.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'unsafe-inline'"),
                "the mail's own styles are allowed in its frame");
        assertTrue(page.get("/digests/daily/send").body().contains("Send the daily digest now?"), "sending now is asked first");

        long id = manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'WEEKLY'}", "leaving-" + boss)).object().getJsonNumber("id").longValue();
        String question = page.get("/digests/subscriptions/" + id + "/delete").body();
        assertTrue(question.contains("Unsubscribe leaving-" + boss + " from the weekly digest?"), question);
        assertTrue(page.get("/digests").body().contains("leaving-" + boss), "asking removes nothing");
        page.get("/digests");
        assertEquals(303, page.post("/digests/subscriptions/" + id + "/delete", java.util.Map.of()).statusCode());
        String after = page.get("/digests").body();
        assertTrue(after.contains("leaving-" + boss + " no longer gets the weekly digest."), "the message names the address, not an id: " + after);
    }

    @Test
    void aWeeklyDigestSentWhileTheMailServerIsDownArrivesOnceItIsBack() throws Exception {
        Api manager = Api.at(base).as("manager", "demo");
        String warehouse = new TestCatalog(Api.at(base)).warehouse(1);
        String email = unique("weekly").toLowerCase() + "@example.com";
        Api.Reply unknown = manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'WEEKLY','warehouse':'NOPE-1'}", email));
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("warehouse", unknown.object().getString("field"));
        Api.Reply created = manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'WEEKLY','warehouse':'%s'}", email, warehouse));
        assertEquals(201, created.status(), created::toString);
        assertEquals(warehouse, created.object().getString("warehouse"));

        smtp.stop();
        Api.Reply sent = manager.post("/api/digests/weekly/send", null);
        assertTrue(sent.object().getInt("sent") >= 1, sent::toString);
        WebSession admin = new WebSession(base).login("admin", "demo");
        String id = FailedMails.await(admin, "digest", email);

        smtp.start();
        admin.get("/admin/outbox");
        assertEquals(303, admin.post("/admin/outbox/" + id + "/retry", Map.of()).statusCode());
        awaitMailTo(email);
        assertEquals(0, manager.post("/api/digests/weekly/send", null).object().getInt("sent"), "the week's digest went out already");
        Thread.sleep(1500);
        MimeMessage[] mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).toArray(MimeMessage[]::new);
        assertEquals(1, mails.length, "the digest arrives once");
        assertTrue(mails[0].getMessageID().matches("<outbox\\." + id + "\\.\\d+@localhost>"),
                "the Message-ID is the outbox row's, the same at every attempt: " + mails[0].getMessageID());
        assertTrue(mails[0].getSubject().startsWith("Backorder digest, weekly, " + sent.object().getString("period") + " (" + warehouse + "): "),
                mails[0].getSubject());
        String text = GreenMailUtil.getBody(((MimeMultipart) mails[0].getContent()).getBodyPart(0));
        assertTrue(text.contains("Warehouse " + warehouse + " only."), text);
        assertTrue(text.contains("Nothing is waiting: every order is complete."), "an empty digest says so plainly: " + text);
    }

    @Test
    void fourSendNowClicksAtOnceSendTheDigestOnceAndAnswerEveryone() throws Exception {
        Api manager = Api.at(base).as("manager", "demo");
        String email = unique("race").toLowerCase() + "@example.com";
        assertEquals(201, manager.post("/api/digest-subscriptions", json("{'email':'%s','frequency':'WEEKLY'}", email)).status());
        List<Api.Reply> replies = AtOnce.send(4, () -> manager.post("/api/digests/weekly/send", null));
        assertTrue(replies.stream().allMatch(reply -> reply.status() == 200), "nobody is told to try again: " + replies);
        assertEquals(0, manager.post("/api/digests/weekly/send", null).object().getInt("sent"), "the week's digest went out already");
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline && Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> to(m).equals(email))) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).count(), "once");
    }

    /** Waits (up to 20 s) until a mail to {@code email} has arrived. */
    private static void awaitMailTo(String email) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> to(m).equals(email)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
