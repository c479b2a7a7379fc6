package com.backorderdesk.backorders;

import com.backorderdesk.ordering.OrderPlaced;
import com.backorderdesk.ordering.OrdersChanged;
import com.backorderdesk.inventory.RestockMatched;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import com.backorderdesk.platform.Config;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard's figures are aggregates over every open order: with many users and many
 * orders they are computed once per filter and refreshed in the background when older than
 * BACKORDER_DASHBOARD_SECONDS (default 10), so nobody waits for them but the first viewer of a
 * filter. After an order is placed or changed on this server, or stock fills orders, the next
 * viewer gets them computed afresh: a receipt shows at once. What a manager sees is otherwise
 * never more than that old (changes made on another server of a cluster show within it).
 */
@ApplicationScoped
public class DashboardCache {

    private record Entry(Dashboard.Summary view, Instant computedAt, long generation, AtomicBoolean refreshing) {
    }

    private static final int MAX_FILTERS = 500;

    @Inject
    Dashboard dashboard;
    @Inject
    Config settings;
    @Inject
    Clock clock;
    @Resource
    ManagedExecutorService executor;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** Goes up when an order was placed or changed, or stock filled orders: the figures before it are out of date. */
    private final AtomicLong generation = new AtomicLong();
    private Duration maxAge;

    @PostConstruct
    void configure() {
        maxAge = Duration.ofSeconds(Long.parseLong(settings.get("BACKORDER_DASHBOARD_SECONDS", "10")));
    }

    public Dashboard.Summary view(String warehouse, String customer) {
        String key = (warehouse == null ? "" : warehouse.trim()) + "|" + (customer == null ? "" : customer.trim());
        Entry entry = entries.get(key);
        if (entry == null || entry.generation() < generation.get()) {
            synchronized (locks.computeIfAbsent(key, k -> new Object())) {
                entry = entries.get(key);
                if (entry == null || entry.generation() < generation.get()) {
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

    void placed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced placed) {
        generation.incrementAndGet();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrdersChanged changed) {
        generation.incrementAndGet();
    }

    void matched(@Observes(during = TransactionPhase.AFTER_SUCCESS) RestockMatched matched) {
        generation.incrementAndGet();
    }

    private Entry compute(String key, String warehouse, String customer) {
        long seen = generation.get(); // read before: a change during the computation makes the next viewer compute again
        Entry fresh = new Entry(dashboard.view(warehouse, customer), clock.instant(), seen, new AtomicBoolean());
        if (entries.size() >= MAX_FILTERS) {
            entries.clear();
        }
        entries.put(key, fresh);
        return fresh;
    }
}
