package com.backorderdesk.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The admin outbox page as a test sees it: a mail whose sending failed, and its retry button. */
public final class FailedMails {

    private FailedMails() {
    }

    /**
     * Waits (up to 15 s) until the outbox page lists a pending mail of this kind ("digest", "restock alert") to this address
     * whose last attempt failed to connect, and answers its id.
     */
    public static String await(WebSession admin, String kind, String recipient) throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            Thread.sleep(500);
            String outbox = admin.get("/admin/outbox?status=PENDING").body();
            Matcher row = Pattern.compile("<tr>\\s*<td>[^<]*</td>\\s*<td>" + Pattern.quote(kind) + "</td>\\s*<td>" + Pattern.quote(recipient) + "</td>.*?</tr>",
                    Pattern.DOTALL).matcher(outbox);
            if (row.find() && row.group().contains("Connect")) {
                Matcher id = Pattern.compile("/admin/outbox/(\\d+)/retry").matcher(row.group());
                if (id.find()) {
                    return id.group(1);
                }
            }
        }
        throw new AssertionError("no failed " + kind + " mail to " + recipient + " on the outbox page");
    }
}
