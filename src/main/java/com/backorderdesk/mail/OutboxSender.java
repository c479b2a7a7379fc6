package com.backorderdesk.mail;

import com.backorderdesk.platform.DueSending;
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

/**
 * A thin timer: every few seconds (BACKORDER_OUTBOX_SECONDS, default 10), and right after a
 * transaction that queued a mail commits, it asks the outbox to send what is due.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender extends DueSending {

    @Resource
    TimerService timers;
    @Inject
    Outbox outbox;
    @Inject
    Config settings;

    @PostConstruct
    void start() {
        long interval = Long.parseLong(settings.get("BACKORDER_OUTBOX_SECONDS", "10")) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        timers.createSingleActionTimer(50, new TimerConfig("outbox-now", false));
    }

    @Timeout
    void tick() {
        sendDue();
    }

    @Override
    protected List<Long> due() {
        return outbox.due();
    }

    @Override
    protected boolean send(long id) {
        return outbox.send(id) != Outbox.Tried.TIMED_OUT;
    }
}
