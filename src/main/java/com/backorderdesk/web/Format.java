package com.backorderdesk.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting for templates ({@code ${fmt.dateTime(x)}}), in the server's time zone. */
public final class Format {

    static final Format INSTANCE = new Format();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.systemDefault());

    private Format() {
    }

    /** A moment in the server's time zone, the zone named: 2026-12-02 09:30 CET. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The same for a moment as the views carry it (ISO-8601, e.g. 2026-12-02T08:30:00Z). */
    public String dateTime(String instant) {
        return instant == null || instant.isBlank() ? "" : dateTime(Instant.parse(instant));
    }

    /** A count with its noun, "1 order", "-1 order", "3 orders", "+2 orders" (the count as given, a number or signed text). */
    public String count(Object count, String noun) {
        String text = String.valueOf(count);
        String digits = text.replaceFirst("^[+-]", "");
        return text + " " + (digits.equals("1") ? noun : noun + "s");
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : String.format("%,.2f", amount);
    }
}
