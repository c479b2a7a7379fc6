package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.Resource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Document numbers (SO-1001, PPS-1, PO-1, TR-1) from database sequences: unique across servers.
 * Pooled sequences hand out blocks, so numbers may skip after a restart.
 */
@ApplicationScoped
public class Numbers {

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    private volatile Boolean postgres;

    /** Sequences that advance by {@link #POOL}: their numbers are handed out from a block held in memory. */
    private static final java.util.Set<String> POOLED = java.util.Set.of("shipment_number_seq");
    private static final int POOL = 50;
    private final java.util.Map<String, long[]> blocks = new java.util.concurrent.ConcurrentHashMap<>();

    public String next(String prefix, String sequence) {
        if (POOLED.contains(sequence)) {
            long[] block = blocks.computeIfAbsent(sequence, s -> new long[]{0, 0});
            synchronized (block) {
                if (block[0] >= block[1]) {
                    block[0] = nextValue(sequence);
                    block[1] = block[0] + POOL;
                }
                return prefix + block[0]++;
            }
        }
        return prefix + nextValue(sequence);
    }

    private long nextValue(String sequence) {
        String sql = isPostgres() ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        // no flush first: a number needs nothing of the work in progress (and a flush per number is O(n²))
        Number value = (Number) em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return value.longValue();
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try (Connection c = dataSource.getConnection()) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database", e);
            }
        }
        return postgres;
    }
}
