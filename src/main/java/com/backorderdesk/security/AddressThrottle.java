package com.backorderdesk.security;

import com.backorderdesk.platform.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed sign-ins per source address, whatever the user names tried (password spraying): past
 * BACKORDER_LOGIN_FREE_FAILURES_PER_ADDRESS (default 100) in a row, each one makes the next
 * attempt from that address wait: one second, doubling, at most a minute. A sign-in that
 * succeeds from the address starts it afresh. Kept in memory per server: a cluster's load
 * balancer sends an address to one server, and the per-user delay is in the database anyway.
 */
@ApplicationScoped
public class AddressThrottle {

    static final int MAX_ADDRESSES = 10_000;
    static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private record State(int failures, Instant until) {
    }

    @Inject
    Config settings;

    private final ConcurrentMap<String, State> addresses = new ConcurrentHashMap<>();

    /** Whether attempts from the address wait now: they are refused without a check. */
    public boolean waiting(String address, Instant now) {
        State state = address == null ? null : addresses.get(address);
        return state != null && state.until() != null && now.isBefore(state.until());
    }

    public void failed(String address, Instant now) {
        if (address == null) {
            return;
        }
        if (addresses.size() > MAX_ADDRESSES) {
            addresses.clear();
        }
        int free = settings.number("BACKORDER_LOGIN_FREE_FAILURES_PER_ADDRESS", 100);
        addresses.compute(address, (a, state) -> {
            int failures = (state == null ? 0 : state.failures()) + 1;
            if (failures < free) {
                return new State(failures, null);
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(20, failures - free));
            return new State(failures, now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
        });
    }

    public void succeeded(String address) {
        if (address != null) {
            addresses.remove(address);
        }
    }
}
