package com.backorderdesk.digest;

import com.backorderdesk.platform.Filters;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How often a digest goes out; each has periods: a day (2026-11-26) or an ISO week (2026-W48). */
public enum Frequency {
    DAILY, WEEKLY;

    public static Frequency parse(String text, String field) {
        return Filters.required(Frequency.class, text, field);
    }

    public String period(LocalDate day) {
        return this == DAILY ? day.toString()
                : String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
