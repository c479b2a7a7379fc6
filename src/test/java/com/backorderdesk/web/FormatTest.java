package com.backorderdesk.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    static final Instant NOON_UTC = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void moneyHasTheSystemsCurrencyAndThousandsSeparators() {
        Format dollars = new Format(ZoneId.of("UTC"), Currency.getInstance("USD"));
        assertEquals("$1,234,567.50", dollars.money(new BigDecimal("1234567.5")));
        assertEquals("-$5.00", dollars.money(new BigDecimal("-5")));
        assertEquals("+$120.00", dollars.money("+120.00"), "a change keeps its sign");
        assertEquals("$0.13", dollars.money(new BigDecimal("0.125")), "rounded half up to cents");
        assertEquals("", dollars.money((BigDecimal) null));
        assertEquals("$0.00", dollars.money(new BigDecimal("-0.004")), "no minus on what rounds to nothing");
        assertEquals("¥1,235", new Format(ZoneId.of("UTC"), Currency.getInstance("JPY")).money("1234.50"), "yen have no cents");
        assertEquals("€12.50", new Format(ZoneId.of("UTC"), Currency.getInstance("EUR")).money("12.50"));
        assertEquals("CHF\u00a012.50", new Format(ZoneId.of("UTC"), Currency.getInstance("CHF")).money("12.50"),
                "a currency without a one-letter sign is written with its code");
    }

    @Test
    void momentsAreShownInTheReadersZoneWithTheZoneNamed() {
        assertEquals("2026-12-02 21:00 JST", new Format(ZoneId.of("Asia/Tokyo"), Currency.getInstance("USD")).dateTime(NOON_UTC));
        assertEquals("2026-12-02 13:00 CET", new Format(ZoneId.of("Europe/Berlin"), Currency.getInstance("USD")).dateTime(NOON_UTC.toString()));
        assertEquals("", new Format(ZoneId.of("UTC"), Currency.getInstance("USD")).dateTime((Instant) null));
    }

    @Test
    void aReadersFormatKeepsTheMoneyAndChangesTheZone() {
        Format reader = new Format(ZoneId.of("UTC"), Currency.getInstance("CHF")).in(ZoneId.of("Asia/Tokyo"));
        assertEquals("2026-12-02 21:00 JST", reader.dateTime(NOON_UTC));
        assertEquals("2026-12-03", reader.date("2026-12-02T15:30:00Z"), "the day as it is in Tokyo");
        assertEquals("CHF\u00a012.50", reader.money("12.50"));
    }

    @Test
    void countsAgreeWithTheirNoun() {
        Format format = new Format(ZoneId.of("UTC"), Currency.getInstance("USD"));
        assertEquals("1 order", format.count(1, "order"));
        assertEquals("+2 orders", format.count("+2", "order"));
        assertEquals("-1 order", format.count("-1", "order"));
    }
}
