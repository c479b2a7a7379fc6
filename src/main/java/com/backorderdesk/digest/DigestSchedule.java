package com.backorderdesk.digest;

import com.backorderdesk.platform.Problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * When the digests go out: the daily one at a time of day, the weekly one on a day of the week
 * at a time (server time zone). Read from BACKORDER_DIGEST_DAILY ("07:00", or "07:00:30" to the
 * second) and BACKORDER_DIGEST_WEEKLY ("MON 07:00").
 */
public record DigestSchedule(LocalTime daily, DayOfWeek weeklyDay, LocalTime weekly) {

    public static DigestSchedule parse(String daily, String weekly) {
        String[] parts = weekly.trim().split("\\s+");
        if (parts.length != 2) {
            throw Problem.invalid("BACKORDER_DIGEST_WEEKLY", "BACKORDER_DIGEST_WEEKLY must look like 'MON 07:00', not '" + weekly + "'.");
        }
        return new DigestSchedule(time(daily, "BACKORDER_DIGEST_DAILY"), day(parts[0]), time(parts[1], "BACKORDER_DIGEST_WEEKLY"));
    }

    /**
     * The day whose period was due last at {@code now}: today once the time has passed, else the
     * day before (daily); this week's day once passed, else last week's (weekly).
     */
    public LocalDate lastDue(Frequency kind, LocalDateTime now) {
        return lastDueAt(kind, now).toLocalDate();
    }

    /** The moment the last period of this kind fell due, at or before {@code now}. */
    public LocalDateTime lastDueAt(Frequency kind, LocalDateTime now) {
        if (kind == Frequency.DAILY) {
            LocalDateTime today = now.toLocalDate().atTime(daily);
            return today.isAfter(now) ? today.minusDays(1) : today;
        }
        LocalDateTime thisWeek = now.toLocalDate().with(TemporalAdjusters.previousOrSame(weeklyDay)).atTime(weekly);
        return thisWeek.isAfter(now) ? thisWeek.minusWeeks(1) : thisWeek;
    }

    private static DayOfWeek day(String text) {
        String abbreviation = text.length() < 3 ? "?" : text.substring(0, 3).toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day;
            }
        }
        throw Problem.invalid("BACKORDER_DIGEST_WEEKLY", "Unknown day '" + text + "': use MON, TUE, ... SUN.");
    }

    private static LocalTime time(String text, String setting) {
        String trimmed = text.trim();
        try {
            return LocalTime.parse(trimmed.length() == 4 ? "0" + trimmed : trimmed);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(setting, setting + " must be a time like 07:00, not '" + text + "'.");
        }
    }
}
