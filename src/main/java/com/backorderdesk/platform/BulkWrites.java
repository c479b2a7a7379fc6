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

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Set-based writes, in the caller's transaction, for the few that are too many for one entity
 * each (a receipt filling 10,000 waiting lines): one statement per table (a slice of 50,000 rows
 * at a time), whatever the number of rows, reading whole columns bound as SQL arrays with {@code UNNEST} ({@code INSERT ...
 * SELECT} and {@code MERGE}, the same SQL on H2 and PostgreSQL). Ids come from the entities'
 * own sequence generators, so they never clash with rows Hibernate writes. Whatever the
 * persistence context holds is flushed first; rows written here are not in it, so callers must
 * not hold entities of the rows they update.
 */
@ApplicationScoped
public class BulkWrites {

    @PersistenceContext
    EntityManager em;
    @Inject
    Numbers numbers;

    /** Set-based statements executed since start (the receipt benchmark reports them beside Hibernate's statements). */
    private static final LongAdder STATEMENTS = new LongAdder();
    /** Time spent in them (binding the columns and executing), and in making ids: where a receipt's time goes. */
    private static final LongAdder STATEMENT_NANOS = new LongAdder();
    private static final LongAdder ID_NANOS = new LongAdder();

    public static long statementsExecuted() {
        return STATEMENTS.sum();
    }

    public static long statementNanos() {
        return STATEMENT_NANOS.sum();
    }

    public static long idNanos() {
        return ID_NANOS.sum();
    }

    /**
     * {@code count} new ids for rows of {@code entity}'s table, from its generator's sequence.
     * With a pooled optimizer (Hibernate's default for sequences that advance by more than one)
     * each sequence value reserves the block of ids that ends with it, as it does for Hibernate:
     * all the blocks needed come in one statement. Any other generator is asked once per id.
     */
    public long[] ids(Class<?> entity, int count) {
        long start = System.nanoTime();
        try {
            return newIds(entity, count);
        } finally {
            ID_NANOS.add(System.nanoTime() - start);
        }
    }

    private long[] newIds(Class<?> entity, int count) {
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

    /**
     * Rows a statement takes at a time: H2 holds at most 65,536 elements in an array, so longer
     * columns go in slices of this many, one execution each, in the same transaction.
     */
    static final int SLICE = 50_000;

    /**
     * Runs one statement over whole columns: each {@code long[]}, {@code int[]} or
     * {@code String[]} among the parameters is bound as an SQL array, for the statement to read
     * with {@code UNNEST} (columns longer than {@link #SLICE} in slices, all columns alike);
     * other parameters are bound as they are (an instant as a timestamp with time zone, an enum
     * by name). Answers how many rows it wrote.
     */
    public int columns(String sql, Object... parameters) {
        em.flush();
        int rows = Arrays.stream(parameters).mapToInt(BulkWrites::length).max().orElse(0);
        if (Arrays.stream(parameters).mapToInt(BulkWrites::length).anyMatch(length -> length >= 0 && length != rows)) {
            throw new IllegalArgumentException("The columns of one statement must be of one length: " + sql);
        }
        int[] count = new int[1];
        long start = System.nanoTime();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int from = 0;
                do {
                    int to = Math.min(rows, from + SLICE);
                    for (int i = 0; i < parameters.length; i++) {
                        Object value = bindable(connection, slice(parameters[i], from, to));
                        if (value instanceof Array array) {
                            statement.setArray(i + 1, array);
                        } else {
                            statement.setObject(i + 1, value);
                        }
                    }
                    count[0] += statement.executeUpdate();
                    STATEMENTS.increment();
                    from = to;
                } while (from < rows);
            }
        });
        STATEMENT_NANOS.add(System.nanoTime() - start);
        return count[0];
    }

    /** The number of rows a column parameter carries; -1 for a plain parameter. */
    private static int length(Object parameter) {
        return parameter instanceof long[] longs ? longs.length : parameter instanceof int[] ints ? ints.length
                : parameter instanceof String[] strings ? strings.length : -1;
    }

    /** Rows {@code from} to {@code to} of a column parameter; a plain parameter as it is. */
    private static Object slice(Object parameter, int from, int to) {
        if (length(parameter) <= SLICE) {
            return parameter;
        }
        return parameter instanceof long[] longs ? Arrays.copyOfRange(longs, from, to)
                : parameter instanceof int[] ints ? Arrays.copyOfRange(ints, from, to) : Arrays.copyOfRange((String[]) parameter, from, to);
    }

    /** {@link #columns} for updates guarded by a version or a quantity: a row not updated means someone else changed it first. */
    public void columnsGuarded(String sql, int expected, String what, Object... parameters) {
        if (columns(sql, parameters) != expected) {
            throw new OptimisticLockException(what + " changed in another transaction; try again.");
        }
    }

    private static Object bindable(Connection connection, Object value) throws SQLException {
        if (value instanceof long[] longs) {
            return connection.createArrayOf("bigint", Arrays.stream(longs).boxed().toArray(Long[]::new));
        } else if (value instanceof int[] ints) {
            return connection.createArrayOf("integer", Arrays.stream(ints).boxed().toArray(Integer[]::new));
        } else if (value instanceof String[] strings) {
            return connection.createArrayOf("varchar", strings);
        } else if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        } else if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }
}
