package com.backorderdesk.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that say "another transaction got there first", not "this request is wrong": a
 * deadlock victim, a lock not granted in time, a serialization failure, a row changed since it
 * was read (a stale version, a guarded update that found fewer rows). Run again, the same
 * request sees the other transaction's result and either succeeds or is refused for a real
 * reason (a line already received, a transfer already in).
 */
public final class Races {

    /**
     * SQL states of a lost race: serialization failure and deadlock (40001, both databases;
     * 40P01 PostgreSQL's deadlock), lock not available (55P03 PostgreSQL, HYT00 H2's lock
     * timeout) and H2's concurrent update of one row (90131).
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

    private Races() {
    }

    public static boolean lost(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof StaleStateException || t instanceof LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
