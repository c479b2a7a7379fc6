package com.backorderdesk.platform;

import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;

/**
 * The tries of something sent to another system (a mail, a webhook delivery): how many, when the
 * next one is due, and what went wrong last. After a failure the next try waits the first pause,
 * doubling with each failure, at most an hour; after {@code max} failures there is no next try.
 */
@Embeddable
public class Tries {

    private static final long MAX_PAUSE_SECONDS = 3600;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;

    protected Tries() {
    }

    /** Nothing tried yet, the first try due now. */
    public static Tries dueAt(Instant now) {
        Tries tries = new Tries();
        tries.nextAttemptAt = now;
        return tries;
    }

    public void succeeded() {
        attempts++;
        lastError = null;
    }

    /** Counts a failure and plans the next try; answers whether that was the last one allowed. */
    public boolean failed(String error, Instant now, long firstPauseSeconds, int max) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= max) {
            return true;
        }
        long pause = Math.min(MAX_PAUSE_SECONDS, Math.max(1, firstPauseSeconds) << Math.min(attempts - 1, 12));
        nextAttemptAt = now.plus(Duration.ofSeconds(pause));
        return false;
    }

    /** Due again now (an admin's "send again"). */
    public void again(Instant now) {
        nextAttemptAt = now;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
