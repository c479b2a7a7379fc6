package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document numbers (SO-1001, PPS-1, PO-1, TR-1) from database sequences: unique across servers.
 * Pooled sequences hand out blocks, so numbers may skip after a restart.
 */
@ApplicationScoped
public class Numbers {

    @PersistenceContext
    EntityManager em;

    /** Pooled sequences advance by this much: their numbers are handed out from a block held in memory. */
    private static final int POOL = 50;
    /** Per pooled kind: the next number of the block in hand and the first one past it. */
    private final Map<DocumentKind, long[]> blocks = new ConcurrentHashMap<>();

    public String next(DocumentKind kind) {
        if (kind.pooled) {
            return next(kind, 1).get(0);
        }
        return kind.prefix + nextValues(kind.sequence, 1)[0];
    }

    /** {@code count} numbers of a pooled kind, with one statement at most whatever the count. */
    public List<String> next(DocumentKind kind, int count) {
        if (!kind.pooled) {
            throw new IllegalArgumentException(kind + " is not pooled");
        }
        String prefix = kind.prefix;
        String sequence = kind.sequence;
        long[] block = blocks.computeIfAbsent(kind, k -> new long[]{0, 0});
        synchronized (block) {
            List<String> numbers = new ArrayList<>(count);
            while (numbers.size() < count && block[0] < block[1]) {
                numbers.add(prefix + block[0]++);
            }
            int missing = count - numbers.size();
            if (missing > 0) {
                for (long start : nextValues(sequence, (missing + POOL - 1) / POOL)) {
                    block[0] = start;
                    block[1] = start + POOL;
                    while (numbers.size() < count && block[0] < block[1]) {
                        numbers.add(prefix + block[0]++);
                    }
                }
            }
            return numbers;
        }
    }

    /** The next {@code count} values of a sequence, in one statement. */
    public long[] nextValues(String sequence, int count) {
        // the database's own syntax for it ("next value for s", "nextval('s')"), as Hibernate's dialect writes it
        String next = em.unwrap(SharedSessionContractImplementor.class).getFactory().getJdbcServices().getDialect()
                .getSequenceSupport().getSelectSequenceNextValString(sequence);
        String sql = count == 1 ? "select " + next
                : "with recursive n(i) as (select 1 union all select i + 1 from n where i < " + count + ") select " + next + " from n";
        // no flush first: a number needs nothing of the work in progress (and a flush per number is O(n²))
        List<?> values = em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).getResultList();
        return values.stream().mapToLong(value -> ((Number) value).longValue()).toArray();
    }
}
