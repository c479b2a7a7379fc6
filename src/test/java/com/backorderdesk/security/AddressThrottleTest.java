package com.backorderdesk.security;

import com.backorderdesk.platform.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed sign-ins from one address slow that address down, more with each one, and a success starts afresh. */
class AddressThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @AfterEach
    void defaults() {
        System.clearProperty("BACKORDER_LOGIN_FREE_FAILURES_PER_ADDRESS");
    }

    private static AddressThrottle throttle(int free) {
        System.setProperty("BACKORDER_LOGIN_FREE_FAILURES_PER_ADDRESS", String.valueOf(free));
        AddressThrottle throttle = new AddressThrottle();
        throttle.settings = new Config();
        return throttle;
    }

    @Test
    void pastTheFreeFailuresEachOneMakesTheNextWaitLonger() {
        AddressThrottle throttle = throttle(3);
        throttle.failed("10.0.0.1", NOW);
        throttle.failed("10.0.0.1", NOW);
        assertFalse(throttle.waiting("10.0.0.1", NOW), "two failures are free");
        throttle.failed("10.0.0.1", NOW);
        assertTrue(throttle.waiting("10.0.0.1", NOW.plusMillis(999)));
        assertFalse(throttle.waiting("10.0.0.1", NOW.plusSeconds(1)), "one second after the third");
        throttle.failed("10.0.0.1", NOW.plusSeconds(1));
        assertTrue(throttle.waiting("10.0.0.1", NOW.plusSeconds(2)));
        assertFalse(throttle.waiting("10.0.0.1", NOW.plusSeconds(3)), "two seconds after the fourth");
        assertFalse(throttle.waiting("10.0.0.2", NOW), "another address is not slowed down");
    }

    @Test
    void aSuccessStartsAfreshAndTheWaitHasACeiling() {
        AddressThrottle throttle = throttle(1);
        for (int i = 0; i < 40; i++) {
            throttle.failed("10.0.0.1", NOW);
        }
        assertTrue(throttle.waiting("10.0.0.1", NOW.plus(AddressThrottle.MAX_WAIT).minusMillis(1)));
        assertFalse(throttle.waiting("10.0.0.1", NOW.plus(AddressThrottle.MAX_WAIT)), "at most a minute");
        throttle.succeeded("10.0.0.1");
        assertFalse(throttle.waiting("10.0.0.1", NOW));
    }

    @Test
    void aUserWaitsLongerWithEachFailureUpToAQuarterOfAnHour() {
        assertEquals(Duration.ZERO, AppUser.waitAfter(AppUser.FREE_FAILED_LOGINS - 1));
        assertEquals(Duration.ofSeconds(2), AppUser.waitAfter(AppUser.FREE_FAILED_LOGINS));
        assertEquals(Duration.ofSeconds(4), AppUser.waitAfter(AppUser.FREE_FAILED_LOGINS + 1));
        assertEquals(Duration.ofMinutes(15), AppUser.waitAfter(AppUser.FREE_FAILED_LOGINS + 30));
    }
}
