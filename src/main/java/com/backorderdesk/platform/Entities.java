package com.backorderdesk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.hibernate.LockOptions;

import static org.hibernate.cfg.AvailableSettings.JAKARTA_LOCK_TIMEOUT;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Small helpers over the entity manager that every boundary needs the same way. */
public final class Entities {

    private Entities() {
    }

    /** Persists and flushes, turning a unique-key race into the given conflict. */
    /**
     * Whether a code is taken, in any case: codes are typed and found in any case, so "buildco"
     * beside "BUILDCO" would send orders to the wrong one (the database refuses it too).
     * {@code entity} and {@code attribute} name a code column in the code, never input.
     */
    public static boolean taken(EntityManager em, String entity, String attribute, String code) {
        return em.createQuery("select count(e) from " + entity + " e where upper(e." + attribute + ") = upper(:code)", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    public static <T> T persistNew(EntityManager em, T entity, Supplier<Problem> duplicate) {
        try {
            em.persist(entity);
            em.flush();
            return entity;
        } catch (PersistenceException e) {
            throw duplicate.get();
        }
    }

    /**
     * The row to send, locked for this transaction; null when there is none, or when another
     * server holds it this moment (PostgreSQL skips a locked row at once; H2 waits for it and
     * then finds it sent). Of two servers, one sends it; one killed while sending lets it go.
     */
    public static <T> T claim(EntityManager em, Class<T> type, Object id) {
        return em.find(type, id, LockModeType.PESSIMISTIC_WRITE, Map.of(JAKARTA_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED));
    }

    /**
     * Holds the named lock (a row of {@code app_lock}) until this transaction ends: of servers
     * doing the same job at the same moment (seeding an empty database, scheduling the digest
     * timers, sending one kind of digest), the second waits for the first and then finds the work
     * done. One lock per transaction, so two servers never wait for each other in a circle.
     */
    public static void hold(EntityManager em, String lock) {
        if (em.createNativeQuery("select name from app_lock where name = ? for update").setParameter(1, lock).getResultList().isEmpty()) {
            throw new IllegalStateException("No lock named " + lock + " in app_lock");
        }
    }

    public static <T> Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
