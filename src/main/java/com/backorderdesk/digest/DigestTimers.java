package com.backorderdesk.digest;

import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A thin timer: persistent calendar timers (stored in the application database) send the daily
 * digest at BACKORDER_DIGEST_DAILY (default 07:00) and the weekly one at BACKORDER_DIGEST_WEEKLY
 * (default MON 07:00), server time zone. Shortly after start it catches up: a digest whose time
 * of the current period has passed is sent once (sending is idempotent per period and
 * recipient, so nothing goes twice). BACKORDER_DIGEST_TIMERS=false switches them off.
 */
@Singleton
@Startup
public class DigestTimers {

    private static final Logger LOG = Logger.getLogger(DigestTimers.class.getName());
    private static final String PREFIX = "digest-";
    private static final String CATCH_UP = "digest-catch-up";

    @Resource
    TimerService timers;
    @Inject
    Digests digests;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String info && info.startsWith(PREFIX)) {
                timer.cancel();
            }
        }
        if (!settings.flag("BACKORDER_DIGEST_TIMERS", true)) {
            return;
        }
        LocalTime daily = time(settings.get("BACKORDER_DIGEST_DAILY", "07:00"));
        String[] weekly = weekly();
        timers.createCalendarTimer(new ScheduleExpression().hour(daily.getHour()).minute(daily.getMinute()),
                new TimerConfig(PREFIX + Frequency.DAILY, true));
        LocalTime weeklyTime = time(weekly[1]);
        timers.createCalendarTimer(new ScheduleExpression().dayOfWeek(weekly[0]).hour(weeklyTime.getHour()).minute(weeklyTime.getMinute()),
                new TimerConfig(PREFIX + Frequency.WEEKLY, true));
        long delay = Long.parseLong(settings.get("BACKORDER_DIGEST_CATCHUP_SECONDS", "60")) * 1000;
        timers.createSingleActionTimer(delay, new TimerConfig(CATCH_UP, false));
    }

    /**
     * Replaces the schedule of one digest until the next start (operators trying a schedule,
     * tests firing the timer every few seconds).
     */
    public void reschedule(Frequency kind, ScheduleExpression schedule) {
        for (Timer timer : timers.getTimers()) {
            if ((PREFIX + kind).equals(timer.getInfo())) {
                timer.cancel();
            }
        }
        timers.createCalendarTimer(schedule, new TimerConfig(PREFIX + kind, true));
    }

    @Timeout
    void fire(Timer timer) {
        String info = (String) timer.getInfo();
        if (CATCH_UP.equals(info)) {
            catchUp();
            return;
        }
        Frequency kind = Frequency.valueOf(info.substring(PREFIX.length()));
        Digests.Sent sent = digests.send(kind);
        LOG.info("Digest " + kind + " " + sent.period() + ": " + sent.sent() + " sent");
    }

    /**
     * After a start: the latest scheduled time of each digest that has passed is sent for its
     * period unless it went out already. Down over several days, the server sends the last
     * missed period once, not one digest per missed day.
     */
    public void catchUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime daily = now.toLocalDate().atTime(time(settings.get("BACKORDER_DIGEST_DAILY", "07:00")));
        LocalDate lastDaily = (daily.isAfter(now) ? daily.minusDays(1) : daily).toLocalDate();
        LOG.info("Digest catch-up DAILY " + lastDaily + ": " + digests.send(Frequency.DAILY, lastDaily).sent() + " sent");
        String[] weekly = weekly();
        LocalDateTime due = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(dayName(weekly[0])))).atTime(time(weekly[1]));
        LocalDate lastWeekly = (due.isAfter(now) ? due.minusWeeks(1) : due).toLocalDate();
        LOG.info("Digest catch-up WEEKLY " + lastWeekly + ": " + digests.send(Frequency.WEEKLY, lastWeekly).sent() + " sent");
    }

    private String[] weekly() {
        String[] parts = settings.get("BACKORDER_DIGEST_WEEKLY", "MON 07:00").trim().split("\\s+");
        if (parts.length != 2) {
            throw Problem.invalid("BACKORDER_DIGEST_WEEKLY", "BACKORDER_DIGEST_WEEKLY must look like 'MON 07:00'");
        }
        return new String[]{parts[0].substring(0, 3).toUpperCase(Locale.ROOT), parts[1]};
    }

    private static String dayName(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day.name();
            }
        }
        throw Problem.invalid("BACKORDER_DIGEST_WEEKLY", "Unknown day '" + abbreviation + "'");
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
    }
}
