package com.backorderdesk.platform;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The round of a thin sender timer (the mail outbox, webhook deliveries): sends, one by one,
 * what is due. One round at a time per server; a round asked for while another is under way
 * (a commit that queued something new) makes that one go round again, so nothing waits for the
 * next tick.
 */
public abstract class DueSending {

    private static final Logger LOG = Logger.getLogger(DueSending.class.getName());

    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    protected abstract List<Long> due();

    /**
     * Sends one; a failure is recorded on it, never thrown. False when the other side did not
     * answer in time: the round ends there and what is left stays due for the next one, instead
     * of each waiting out its own timeout.
     */
    protected abstract boolean send(long id);

    protected void sendDue() {
        wanted.set(true);
        while (wanted.get() && sending.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                for (Long id : due()) {
                    try {
                        if (!send(id)) {
                            break;
                        }
                    } catch (RuntimeException e) {
                        // e.g. its row locked too long by another server sending it: it stays due, the round goes on
                        LOG.log(Level.WARNING, getClass().getSimpleName() + ": " + id + " not sent this round", e);
                    }
                }
            } finally {
                sending.set(false);
            }
        }
    }
}
