package com.backorderdesk.digest;

import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A thin timer: persistent calendar timers (stored in the application database) send the daily
 * digest at BACKORDER_DIGEST_DAILY (default 07:00) and the weekly one at BACKORDER_DIGEST_WEEKLY
 * (default MON 07:00), server time zone ({@link DigestSchedule}). Shortly after start it catches
 * up: the latest digest of each kind whose time has passed is sent (sending is idempotent per
 * period and recipient, so nothing goes twice). BACKORDER_DIGEST_TIMERS=false switches them off.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DigestTimers {

    private static final Logger LOG = Logger.getLogger(DigestTimers.class.getName());
    private static final String PREFIX = "digest-";
    private static final String CATCH_UP = "digest-catch-up";

    @Resource
    TimerService timers;
    @PersistenceContext
    EntityManager em;
    @Inject
    Digests digests;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    /**
     * Replaces this application's digest timers with those of the configuration. The persistent
     * timers are shared by the nodes of a cluster: holding the lock, a node starting at the same
     * moment as another waits for it and replaces its timers, so there is one timer of each kind.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void schedule() {
        Entities.hold(em, "digest-timers");
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String info && info.startsWith(PREFIX)) {
                timer.cancel();
            }
        }
        if (!settings.flag("BACKORDER_DIGEST_TIMERS", true)) {
            return;
        }
        DigestSchedule schedule = configured();
        timers.createCalendarTimer(new ScheduleExpression().hour(schedule.daily().getHour()).minute(schedule.daily().getMinute()),
                new TimerConfig(PREFIX + Frequency.DAILY, true));
        timers.createCalendarTimer(new ScheduleExpression().dayOfWeek(schedule.weeklyDay().name().substring(0, 3))
                        .hour(schedule.weekly().getHour()).minute(schedule.weekly().getMinute()),
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

    /** When the digest of this kind is next due, or nothing while its timer is off. */
    public Optional<Instant> nextTimeout(Frequency kind) {
        return timers.getTimers().stream().filter(timer -> (PREFIX + kind).equals(timer.getInfo()))
                .map(timer -> timer.getNextTimeout().toInstant()).findFirst();
    }

    @Timeout
    void fire(Timer timer) {
        String info = (String) timer.getInfo();
        if (CATCH_UP.equals(info)) {
            catchUp();
            return;
        }
        Frequency kind = Frequency.valueOf(info.substring(PREFIX.length()));
        LOG.info("Digest " + kind + " due: sending");
        Digests.Sent sent = digests.send(kind);
        LOG.info("Digest " + kind + " " + sent.period() + ": " + sent.sent() + " sent");
    }

    /**
     * After a start: the latest scheduled digest of each kind is sent for its period unless it
     * went out already. Down over several days, the server sends the last missed period once,
     * not one digest per missed day, and only to those who had subscribed when it fell due.
     */
    public void catchUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        DigestSchedule schedule = configured();
        for (Frequency kind : Frequency.values()) {
            LocalDateTime due = schedule.lastDueAt(kind, now);
            LOG.info("Digest catch-up " + kind + " " + due + ": " + digests.catchUp(kind, due.atZone(clock.getZone()).toInstant()).sent() + " sent");
        }
    }

    private DigestSchedule configured() {
        return DigestSchedule.parse(settings.get("BACKORDER_DIGEST_DAILY", "07:00"), settings.get("BACKORDER_DIGEST_WEEKLY", "MON 07:00"));
    }
}
