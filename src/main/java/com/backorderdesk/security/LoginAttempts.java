package com.backorderdesk.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * A user's failed sign-ins, counted in the database so that every server sees the same count.
 * Each step is a short transaction of its own: the row is never held while a password is
 * hashed, so sign-ins of the same user at once do not queue behind each other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    @PersistenceContext
    EntityManager em;

    /**
     * Takes one of the attempts the lock window allows, counted as failed until {@link #succeeded}
     * says otherwise; false when none is left (locked, or the last ones are being checked now).
     */
    public boolean take(long user, Instant now) {
        return em.createNamedQuery(AppUser.ATTEMPT).setParameter("id", user).setParameter("now", now)
                .setParameter("limit", AppUser.MAX_FAILED_LOGINS).executeUpdate() > 0;
    }

    public void succeeded(long user) {
        em.createNamedQuery(AppUser.SUCCEEDED).setParameter("id", user).executeUpdate();
    }

    /** After a failed check: locks the user if that was the last attempt allowed; answers whether it did. */
    public boolean lockIfSpent(long user, String username, Instant now) {
        Instant until = now.plus(AppUser.LOCK_TIME);
        boolean locked = em.createNamedQuery(AppUser.LOCK).setParameter("id", user).setParameter("until", until)
                .setParameter("limit", AppUser.MAX_FAILED_LOGINS).executeUpdate() > 0;
        if (locked) {
            em.persist(new AuditEntry(now, username, SecurityEvents.PREFIX + "locked", username,
                    AppUser.MAX_FAILED_LOGINS + " failed sign-ins in a row: locked until " + until));
        }
        return locked;
    }
}
