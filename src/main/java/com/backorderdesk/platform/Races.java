package com.backorderdesk.platform;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that say "another transaction got there first", not "this request is wrong": a
 * deadlock victim, a serialization failure, a row changed since it
 * was read (a stale version, a guarded update that found fewer rows). Run again, the same
 * request sees the other transaction's result and either succeeds or is refused for a real
 * reason (a line already received, a transfer already in).
 */
public final class Races {

    /**
     * SQL states of a lost race: serialization failure and deadlock (40001, both databases;
     * 40P01 PostgreSQL's deadlock), H2's concurrent update of one row (90131), and a unique key
     * another transaction wrote first (23505: two "send the digest now" at once; run again, the
     * request finds the row and does nothing). A lock not granted in time is not one: it has
     * waited long already, and is answered 409.
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "90131", "23505");

    private Races() {
    }

    public static boolean lost(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof StaleStateException || t instanceof LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A lock not granted in time (H2's HYT00, PostgreSQL's 55P03): answered 409, not run again. */
    public static boolean waitedTooLong(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.LockTimeoutException || t instanceof org.hibernate.exception.LockTimeoutException
                    || t instanceof SQLException sql && ("HYT00".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
