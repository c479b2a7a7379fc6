package com.backorderdesk.web;

import com.backorderdesk.platform.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Formatting for templates ({@code ${fmt.dateTime(x)}}, {@code ${fmt.money(x)}}): moments in
 * the reader's time zone with the zone named, money in the system's one currency
 * ({@link Templates} chooses both).
 */
public final class Format {

    /** Parsed once: a Format is made for every page, in its reader's zone. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final String currencySign;
    private final int decimals;

    public Format(ZoneId zone, Currency currency) {
        this(zone, sign(currency), Math.max(0, currency.getDefaultFractionDigits())); // cents; none for yen
    }

    private Format(ZoneId zone, String currencySign, int decimals) {
        this.dateTime = DATE_TIME.withZone(zone);
        this.date = DATE.withZone(zone);
        this.currencySign = currencySign;
        this.decimals = decimals;
    }

    /** The same money, moments in another zone: cheap, for every page (looking up a currency's symbol is not). */
    public Format in(ZoneId zone) {
        return new Format(zone, currencySign, decimals);
    }

    private static String sign(Currency currency) {
        String symbol = currency.getSymbol(Locale.ENGLISH);
        return symbol.length() == 1 ? symbol : symbol + "\u00a0"; // "$12.50", "CHF 12.50"
    }

    /** A moment in the reader's time zone, the zone named: 2026-12-02 09:30 CET. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** The same for a moment as the views carry it (ISO-8601, e.g. 2026-12-02T08:30:00Z). */
    public String dateTime(String instant) {
        return instant == null || instant.isBlank() ? "" : dateTime(Instant.parse(instant));
    }

    /** The day of a moment as the views carry it, in the reader's time zone: 2026-12-02. */
    public String date(String instant) {
        return instant == null || instant.isBlank() ? "" : date.format(Instant.parse(instant));
    }

    /** A count with its noun, "1 order", "-1 order", "3 orders", "+2 orders" (the count as given, a number or signed text). */
    public String count(Object count, String noun) {
        return Words.count(count, noun);
    }

    /** An amount in the system's currency with thousands separators: "$1,234.50", "-$5.00". */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal rounded = amount.setScale(decimals, RoundingMode.HALF_UP);
        String digits = String.format(Locale.ENGLISH, "%,." + decimals + "f", rounded.abs());
        return (rounded.signum() < 0 ? "-" : "") + currencySign + digits;
    }

    /** The same for an amount as the views carry it ("1200.00"), an explicit "+" kept ("+$120.00"). */
    public String money(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        String text = amount.trim();
        return (text.startsWith("+") ? "+" : "") + money(new BigDecimal(text));
    }
}
