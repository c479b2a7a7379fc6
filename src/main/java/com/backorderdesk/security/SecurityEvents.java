package com.backorderdesk.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Security events in the audit trail (ASVS 7.2): sign-ins, failed ones, locks, sign-outs and
 * refusals, each with the user name it concerns, the source address and the outcome, never a
 * password. Written in a transaction of their own: a refused request keeps its trace. Their
 * actions start with {@code security.}, which the audit page filters by.
 */
@Stateless
public class SecurityEvents {

    public static final String PREFIX = "security.";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String event, String username, String address, String outcome) {
        String who = username == null || username.isBlank() ? "(none)" : username;
        em.persist(new AuditEntry(clock.instant(), who, PREFIX + event, who, "from " + address + (outcome == null ? "" : ": " + outcome)));
    }
}
