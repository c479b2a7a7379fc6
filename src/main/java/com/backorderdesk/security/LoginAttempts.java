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
     * Takes an attempt, counted as failed until {@link #succeeded} says otherwise; false when the
     * user must wait (a failed attempt was too recent, or one is being checked right now). From
     * the free failures on, taking an attempt makes the next one wait at once, so attempts made
     * at the same moment are not all checked.
     */
    public boolean take(long user, String username, int seen, Instant now) {
        boolean taken = em.createNamedQuery(AppUser.ATTEMPT).setParameter("id", user).setParameter("now", now)
                .setParameter("free", AppUser.FREE_FAILED_LOGINS).setParameter("until", now.plus(AppUser.waitAfter(Math.max(seen + 1, AppUser.FREE_FAILED_LOGINS))))
                .executeUpdate() > 0;
        if (taken && seen + 1 == AppUser.FREE_FAILED_LOGINS) {
            em.persist(new AuditEntry(now, username, SecurityEvents.PREFIX + "locked", username,
                    AppUser.FREE_FAILED_LOGINS + " failed sign-ins in a row: from now on each one makes the next wait longer"));
        }
        return taken;
    }

    public void succeeded(long user) {
        em.createNamedQuery(AppUser.SUCCEEDED).setParameter("id", user).executeUpdate();
    }
}
