package com.backorderdesk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.util.Optional;
import java.util.function.Supplier;

/** Small helpers over the entity manager that every boundary needs the same way. */
public final class Entities {

    private Entities() {
    }

    /** Persists and flushes, turning a unique-key race into the given conflict. */
    public static <T> T persistNew(EntityManager em, T entity, Supplier<Problem> duplicate) {
        try {
            em.persist(entity);
            em.flush();
            return entity;
        } catch (PersistenceException e) {
            throw duplicate.get();
        }
    }

    public static <T> Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
