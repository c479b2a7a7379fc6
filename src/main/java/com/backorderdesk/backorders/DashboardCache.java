package com.backorderdesk.backorders;

import com.backorderdesk.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dashboard's figures are aggregates over every open order: with many users and many
 * orders they are computed once per filter and refreshed in the background when older than
 * BACKORDER_DASHBOARD_SECONDS (default 10), so nobody waits for them but the first viewer of a
 * filter. What a manager sees is never more than that old.
 */
@ApplicationScoped
public class DashboardCache {

    private record Entry(Dashboard.View view, Instant computedAt, AtomicBoolean refreshing) {
    }

    private static final int MAX_FILTERS = 500;

    @Inject
    Dashboard dashboard;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Resource
    ManagedExecutorService executor;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private Duration maxAge;

    @PostConstruct
    void configure() {
        maxAge = Duration.ofSeconds(Long.parseLong(settings.get("BACKORDER_DASHBOARD_SECONDS", "10")));
    }

    public Dashboard.View view(String warehouse, String customer) {
        String key = (warehouse == null ? "" : warehouse.trim()) + "|" + (customer == null ? "" : customer.trim());
        Entry entry = entries.get(key);
        if (entry == null) {
            synchronized (locks.computeIfAbsent(key, k -> new Object())) {
                entry = entries.get(key);
                if (entry == null) {
                    entry = compute(key, warehouse, customer);
                }
            }
        } else if (clock.instant().isAfter(entry.computedAt().plus(maxAge)) && entry.refreshing().compareAndSet(false, true)) {
            Entry stale = entry;
            executor.execute(() -> {
                try {
                    compute(key, warehouse, customer);
                } finally {
                    stale.refreshing().set(false);
                }
            });
        }
        return entry.view();
    }

    private Entry compute(String key, String warehouse, String customer) {
        Entry fresh = new Entry(dashboard.view(warehouse, customer), clock.instant(), new AtomicBoolean());
        if (entries.size() >= MAX_FILTERS) {
            entries.clear();
        }
        entries.put(key, fresh);
        return fresh;
    }
}
