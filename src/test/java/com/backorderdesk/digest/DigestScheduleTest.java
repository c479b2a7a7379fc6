package com.backorderdesk.digest;

import com.backorderdesk.platform.Problem;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DigestScheduleTest {

    final DigestSchedule schedule = DigestSchedule.parse("7:00", "mon 07:30");

    @Test
    void readsTheSettings() {
        assertEquals(new DigestSchedule(LocalTime.of(7, 0), DayOfWeek.MONDAY, LocalTime.of(7, 30)), schedule);
        assertEquals(DayOfWeek.SUNDAY, DigestSchedule.parse("07:00", "SUNDAY 18:00").weeklyDay());
        assertEquals(java.time.LocalTime.of(7, 0, 30), DigestSchedule.parse("07:00:30", "MON 07:00").daily(), "to the second");
        assertEquals("BACKORDER_DIGEST_WEEKLY", assertThrows(Problem.class, () -> DigestSchedule.parse("07:00", "07:00")).field());
        assertEquals("BACKORDER_DIGEST_WEEKLY", assertThrows(Problem.class, () -> DigestSchedule.parse("07:00", "XYZ 07:00")).field());
        assertEquals("BACKORDER_DIGEST_DAILY", assertThrows(Problem.class, () -> DigestSchedule.parse("7 o'clock", "MON 07:00")).field());
    }

    @Test
    void theDailyDigestDueLastIsTodaysOnceItsTimeHasPassed() {
        assertEquals(LocalDate.parse("2026-11-26"), schedule.lastDue(Frequency.DAILY, LocalDateTime.parse("2026-11-26T07:00")));
        assertEquals(LocalDate.parse("2026-11-26"), schedule.lastDue(Frequency.DAILY, LocalDateTime.parse("2026-11-26T23:59")));
        assertEquals(LocalDate.parse("2026-11-25"), schedule.lastDue(Frequency.DAILY, LocalDateTime.parse("2026-11-26T06:59")));
    }

    @Test
    void theWeeklyDigestDueLastIsThisWeeksOnceItsDayAndTimeHavePassed() {
        assertEquals(LocalDate.parse("2026-11-23"), schedule.lastDue(Frequency.WEEKLY, LocalDateTime.parse("2026-11-26T06:00")), "Thursday");
        assertEquals(LocalDate.parse("2026-11-23"), schedule.lastDue(Frequency.WEEKLY, LocalDateTime.parse("2026-11-23T07:30")), "Monday, on time");
        assertEquals(LocalDate.parse("2026-11-16"), schedule.lastDue(Frequency.WEEKLY, LocalDateTime.parse("2026-11-23T07:29")), "Monday, early");
        assertEquals(LocalDate.parse("2026-11-16"), schedule.lastDue(Frequency.WEEKLY, LocalDateTime.parse("2026-11-22T23:00")), "Sunday");
    }
}
