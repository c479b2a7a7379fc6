package com.backorderdesk.platform;

import java.time.Duration;
import java.time.Instant;

/** When to try again after a failed delivery (a mail, a webhook): the first pause, doubling, at most an hour. */
public final class Backoff {

    private static final long MAX_SECONDS = 3600;

    private Backoff() {
    }

    /** The moment of the next try after {@code attempts} failures (1 = the first failed). */
    public static Instant next(Instant now, int attempts, long firstSeconds) {
        long seconds = Math.min(MAX_SECONDS, Math.max(1, firstSeconds) << Math.min(Math.max(attempts - 1, 0), 12));
        return now.plus(Duration.ofSeconds(seconds));
    }
}
