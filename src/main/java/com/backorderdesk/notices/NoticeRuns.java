package com.backorderdesk.notices;

import com.backorderdesk.platform.Config;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A thin timer, like the outbox's: every few minutes (BACKORDER_NOTICE_SECONDS, default 300),
 * and right after a transaction that gave a watch something to look at commits, it looks at
 * the watches that are due, each in a transaction of its own. A look asked for while one runs
 * makes that one go round again, so no change waits for the next interval.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeRuns {

    private static final Logger LOG = Logger.getLogger(NoticeRuns.class.getName());

    @Resource
    TimerService timers;
    @Inject
    Notices notices;
    @Inject
    Config settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = settings.number("BACKORDER_NOTICE_SECONDS", 300) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("customer-notices", false));
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesDue due) {
        again.set(true);
        if (!running.get()) {
            timers.createSingleActionTimer(100, new TimerConfig("customer-notices-now", false));
        }
    }

    @Timeout
    void lookAtDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                again.set(false);
                List<Long> due = notices.due();
                for (Long id : due) {
                    try {
                        notices.check(id);
                    } catch (RuntimeException e) { // one order's trouble stops no other customer's notice; the next run tries again
                        LOG.log(Level.WARNING, "Customer notice watch " + id + " could not be looked at: " + e.getMessage(), e);
                    }
                }
                if (due.size() == 500) {
                    again.set(true);
                }
            } while (again.get());
        } finally {
            running.set(false);
            if (again.get()) { // asked for between the last round and now
                timers.createSingleActionTimer(100, new TimerConfig("customer-notices-now", false));
            }
        }
    }
}
