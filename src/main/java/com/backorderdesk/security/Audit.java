package com.backorderdesk.security;

import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes and reads the audit trail, in the transaction of the change it records. */
@ApplicationScoped
public class Audit {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), currentUser.name(), action, subject, detail));
    }

    /** A change made by someone who is not a user (a customer through the link in a notice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBy(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    /** Who did what to one record (an order, a purchase order), newest first: its last 50 entries, for its page. */
    public List<AuditEntry> history(String subject) {
        return em.createNamedQuery(AuditEntry.OF_SUBJECT, AuditEntry.class).setParameter("subject", subject).setMaxResults(50)
                .getResultList();
    }

    /** The columns the trail sorts by (newest first unless asked otherwise). */
    static final Map<String, String> SORTS = Map.of("when", "a.at", "who", "a.username", "action", "a.action", "subject", "a.subject");
    static final String SEARCH = "select a from AuditEntry a where lower(a.username) like :q escape '\\' or lower(a.subject) like :q escape '\\' "
            + "or lower(a.action) like :q escape '\\'";

    public Page<AuditEntry> search(String q, String sort, PageRequest page) {
        return Page.of(em.createQuery(SEARCH + Sorting.orderBy(sort, SORTS, "-when", "a"), AuditEntry.class).setParameter("q", Page.contains(q)),
                em.createNamedQuery(AuditEntry.COUNT, Long.class).setParameter("q", Page.contains(q)), page);
    }
}
