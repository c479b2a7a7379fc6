package com.backorderdesk.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock, settable by a test: a deployment that includes this class gets it
 * instead of the system clock everywhere a {@link Clock} is injected. Unset, it is the system clock.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Instant now;

    /** From now on the application's time is {@code instant} (it stands still until set again). */
    public void set(Instant instant) {
        this.now = instant;
    }

    public void reset() {
        this.now = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }
}
