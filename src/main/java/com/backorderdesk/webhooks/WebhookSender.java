package com.backorderdesk.webhooks;

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
 * A thin timer: every few seconds (BACKORDER_WEBHOOK_SECONDS, default 10), and right after a
 * transaction that wrote deliveries commits, it sends what is due.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender extends DueSending {

    @Resource
    TimerService timers;
    @Inject
    Webhooks webhooks;
    @Inject
    Config settings;

    @PostConstruct
    void start() {
        long interval = settings.number("BACKORDER_WEBHOOK_SECONDS", 10) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("webhooks", false));
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        timers.createSingleActionTimer(50, new TimerConfig("webhooks-now", false));
    }

    @Timeout
    void tick() {
        sendDue();
    }

    @Override
    protected List<Long> due() {
        return webhooks.due();
    }

    @Override
    protected boolean send(long id) {
        webhooks.deliver(id);
        return true; // each subscription has an address of its own: one that does not answer stops no other
    }
}
