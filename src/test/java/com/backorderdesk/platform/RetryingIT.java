package com.backorderdesk.platform;

import com.backorderdesk.support.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A {@link Retried} call runs again after a lost race, never after a refusal, and gives up after its attempts. */
@ExtendWith(ArquillianExtension.class)
class RetryingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(RetryingIT.class, Flaky.class);
    }

    /** Fails with the given failure a number of times, then answers how many calls it took. */
    @ApplicationScoped
    @Retried
    public static class Flaky {
        private final AtomicInteger calls = new AtomicInteger();

        public int call(int failures, RuntimeException failure) {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            return calls.get();
        }

        public int calls() {
            return calls.get();
        }

        public void reset() {
            calls.set(0);
        }
    }

    @Inject
    Flaky flaky;

    @Test
    void aDeadlockVictimOrAStaleVersionRunsAgainUntilItGoesThrough() {
        flaky.reset();
        assertEquals(3, flaky.call(2, new LockAcquisitionException("deadlock", new SQLException("Deadlock detected", "40001"))));
        flaky.reset();
        assertEquals(4, flaky.call(3, new jakarta.ejb.EJBTransactionRolledbackException("rolled back", new OptimisticLockException())));
        flaky.reset();
        assertEquals(2, flaky.call(1, new jakarta.persistence.PersistenceException("unique key written first",
                new SQLException("Unique index or primary key violation", "23505"))));
    }

    @Test
    void aRefusalIsAnsweredAtOnce() {
        flaky.reset();
        Problem refused = Problem.conflict("status", "already received");
        assertSame(refused, assertThrows(Problem.class, () -> flaky.call(5, refused)));
        assertEquals(1, flaky.calls());
    }

    @Test
    void aRaceLostEveryTimeIsGivenUpAfterTenAttempts() {
        flaky.reset();
        assertThrows(OptimisticLockException.class, () -> flaky.call(100, new OptimisticLockException()));
        assertEquals(Retrying.ATTEMPTS, flaky.calls());
    }
}
