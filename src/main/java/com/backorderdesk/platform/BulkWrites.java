package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Plain JDBC batches, in the caller's transaction, for the few writes that are too many for
 * one entity each (a receipt filling 10,000 waiting lines). Ids come from the entities' own
 * sequence generators, so they never clash with rows Hibernate writes. Whatever the
 * persistence context holds is flushed first; rows written here are not in it, so callers must
 * not hold entities of the rows they update.
 */
@ApplicationScoped
public class BulkWrites {

    /** Rows sent in one JDBC batch. */
    static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    /** JDBC batches executed since start (the receipt benchmark reports them beside Hibernate's statements). */
    private static final LongAdder BATCHES = new LongAdder();

    public static long batchesExecuted() {
        return BATCHES.sum();
    }

    /** {@code count} new ids for rows of {@code entity}'s table, from its generator (one sequence call per block). */
    public long[] ids(Class<?> entity, int count) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) generator.generate(session, null)).longValue();
        }
        return ids;
    }

    /** Runs {@code sql} once per row, in batches; returns the update count of each row. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        em.flush();
        int[] counts = new int[rows.size()];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int start = 0; start < rows.size(); start += BATCH) {
                    List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + BATCH));
                    for (Object[] row : chunk) {
                        bind(statement, row);
                        statement.addBatch();
                    }
                    int[] done = statement.executeBatch();
                    BATCHES.increment();
                    System.arraycopy(done, 0, counts, start, done.length);
                }
            }
        });
        return counts;
    }

    /** {@link #batch} for updates guarded by a version or a quantity: a row not updated means someone else changed it first. */
    public void batchGuarded(String sql, List<Object[]> rows, String what) {
        for (int count : batch(sql, rows)) {
            if (count == 0) {
                throw new OptimisticLockException(what + " changed in another transaction; try again.");
            }
        }
    }

    private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value instanceof Instant instant) {
                value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            } else if (value instanceof Enum<?> e) {
                value = e.name();
            }
            statement.setObject(i + 1, value);
        }
    }
}
