package com.backorderdesk.web;

import com.backorderdesk.platform.Races;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** The keyed requests (and forms) of the last 24 hours, and the one transaction that does a keyed request's work. */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key is remembered (docs/API.md). */
    static final Duration KEPT = Duration.ofHours(24);

    /** A keyed request's answer: its status and its JSON body (null when it had none). */
    record Answer(int status, String body) {
    }

    /** Another request with the same key is under way (or got there first): look again shortly. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super("the request key is taken", cause, false, false);
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The committed answer to this caller's key, if the key was used within the last 24 hours. */
    public Optional<IdempotentRequest> find(String caller, String key) {
        Instant since = clock.instant().minus(KEPT);
        return Optional.ofNullable(em.find(IdempotentRequest.class, new IdempotentRequest.Key(caller, key)))
                .filter(request -> request.createdAt().isAfter(since));
    }

    /**
     * Takes the key first (a concurrent request with the same key waits on the row, or fails:
     * {@link KeyTaken}), then does the work and keeps its answer, all in one transaction: the
     * work and its key are committed together or not at all. When there is nothing to keep (a
     * refusal), the transaction is rolled back, key and all.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <R> R perform(String caller, String key, String fingerprint, Callable<R> work, Function<R, Answer> kept) throws Exception {
        Instant now = clock.instant();
        em.createNamedQuery(IdempotentRequest.EXPIRED_ONE).setParameter("caller", caller).setParameter("key", key)
                .setParameter("before", now.minus(KEPT)).executeUpdate();
        IdempotentRequest taken = new IdempotentRequest(caller, key, fingerprint, now);
        try {
            em.persist(taken);
            em.flush();
        } catch (PersistenceException e) {
            if (Races.lost(e) || Races.waitedTooLong(e)) {
                throw new KeyTaken(e); // the same key, taken by a request under way or just done
            }
            throw e;
        }
        R result = work.call();
        Answer answer = kept.apply(result);
        if (answer == null) {
            transactions.setRollbackOnly();
        } else {
            taken.answered(answer.status(), answer.body());
        }
        return result;
    }

    /** Forgets keys older than 24 hours. */
    @Transactional
    public int forgetExpired() {
        return em.createNamedQuery(IdempotentRequest.EXPIRED).setParameter("before", clock.instant().minus(KEPT)).executeUpdate();
    }
}
