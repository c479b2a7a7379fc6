package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

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
    @Inject
    Numbers numbers;

    /** JDBC batches executed since start (the receipt benchmark reports them beside Hibernate's statements). */
    private static final LongAdder BATCHES = new LongAdder();

    public static long batchesExecuted() {
        return BATCHES.sum();
    }

    /**
     * {@code count} new ids for rows of {@code entity}'s table, from its generator's sequence.
     * With a pooled optimizer (Hibernate's default for sequences that advance by more than one)
     * each sequence value reserves the block of ids that ends with it, as it does for Hibernate:
     * all the blocks needed come in one statement. Any other generator is asked once per id.
     */
    public long[] ids(Class<?> entity, int count) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        Generator generator = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
        long[] ids = new long[count];
        if (generator instanceof SequenceStyleGenerator sequence && sequence.getDatabaseStructure().isPhysicalSequence()
                && sequence.getOptimizer() instanceof PooledOptimizer pooled) {
            String name = sequence.getDatabaseStructure().getPhysicalName().render();
            int size = pooled.getIncrementSize();
            int next = 0;
            while (next < count) {
                for (long high : numbers.nextValues(name, (count - next + size - 1) / size)) {
                    // a value is the last id of its block; a new sequence's first value (1) is skipped, as Hibernate does
                    for (long id = high - size + 1; high >= size && id <= high && next < count; id++) {
                        ids[next++] = id;
                    }
                }
            }
            return ids;
        }
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) ((IdentifierGenerator) generator).generate(session, null)).longValue();
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
