package com.backorderdesk.digest;

import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Config;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
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
    private static final String TOKEN = "#";

    @Resource
    TimerService timers;
    @PersistenceContext
    EntityManager em;
    @Inject
    Digests digests;
    @Inject
    Config settings;
    @Inject
    Clock clock;

    /**
     * Replaces this application's digest timers with those of the configuration. The persistent
     * timers are shared by the nodes of a cluster, and a node does not always see the timers
     * another node has just made: each new timer carries a token, the latest per kind is kept in
     * the database (holding the lock, so nodes starting together take turns), and a timer whose
     * token is no longer the latest ends itself when it fires. One timer of each kind runs.
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
            Arrays.stream(Frequency.values()).forEach(kind -> keep(kind, ""));
            return;
        }
        DigestSchedule schedule = configured();
        create(Frequency.DAILY, new ScheduleExpression().hour(schedule.daily().getHour()).minute(schedule.daily().getMinute())
                .second(schedule.daily().getSecond()));
        create(Frequency.WEEKLY, new ScheduleExpression().dayOfWeek(schedule.weeklyDay().name().substring(0, 3))
                .hour(schedule.weekly().getHour()).minute(schedule.weekly().getMinute()).second(schedule.weekly().getSecond()));
        long delay = Long.parseLong(settings.get("BACKORDER_DIGEST_CATCHUP_SECONDS", "60")) * 1000;
        timers.createSingleActionTimer(delay, new TimerConfig(CATCH_UP, false));
    }

    /**
     * Replaces the schedule of one digest until the next start (operators trying a schedule,
     * tests firing the timer every few seconds).
     */
    public void reschedule(Frequency kind, ScheduleExpression schedule) {
        for (Timer timer : timers.getTimers()) {
            if (kindOf(timer) == kind) {
                timer.cancel();
            }
        }
        create(kind, schedule);
    }

    /** When the digest of this kind is next due, or nothing while its timer is off. */
    public Optional<Instant> nextTimeout(Frequency kind) {
        String current = kept(kind);
        return timers.getTimers().stream().filter(timer -> kindOf(timer) == kind && tokenOf(timer).equals(current))
                .map(timer -> timer.getNextTimeout().toInstant()).findFirst();
    }

    @Timeout
    void fire(Timer timer) {
        if (CATCH_UP.equals(timer.getInfo())) {
            catchUp();
            return;
        }
        Frequency kind = kindOf(timer);
        if (kind == null || !tokenOf(timer).equals(kept(kind))) {
            timer.cancel();
            LOG.info("Digest " + kind + ": a timer replaced by a later start ends here");
            return;
        }
        LOG.info("Digest " + kind + " due: sending");
        Digests.Sent sent = digests.send(kind);
        LOG.info("Digest " + kind + " " + sent.period() + ": " + sent.sent() + " sent");
    }

    private void create(Frequency kind, ScheduleExpression schedule) {
        String token = UUID.randomUUID().toString();
        timers.createCalendarTimer(schedule, new TimerConfig(PREFIX + kind + TOKEN + token, true));
        keep(kind, token);
    }

    private void keep(Frequency kind, String token) {
        em.createNativeQuery("update digest_timer set token = ? where kind = ?").setParameter(1, token).setParameter(2, kind.name()).executeUpdate();
    }

    private String kept(Frequency kind) {
        return (String) em.createNativeQuery("select token from digest_timer where kind = ?").setParameter(1, kind.name()).getSingleResult();
    }

    /** The kind of a digest timer ("digest-DAILY#<token>"), or null for another timer. */
    private static Frequency kindOf(Timer timer) {
        if (!(timer.getInfo() instanceof String info) || !info.startsWith(PREFIX) || !info.contains(TOKEN)) {
            return null;
        }
        return Frequency.valueOf(info.substring(PREFIX.length(), info.indexOf(TOKEN)));
    }

    private static String tokenOf(Timer timer) {
        String info = (String) timer.getInfo();
        return info.substring(info.indexOf(TOKEN) + TOKEN.length());
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
