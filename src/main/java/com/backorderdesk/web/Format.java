package com.backorderdesk.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting for templates ({@code ${fmt.dateTime(x)}}), in the server's time zone. */
public final class Format {

    static final Format INSTANCE = new Format();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Format() {
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : String.format("%,.2f", amount);
    }
}
