package com.backorderdesk.digest;

import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.EmailAddress;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Validation;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.CurrentUser;
import com.backorderdesk.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;

/** Who receives which digest. */
@Stateless
public class Subscriptions {

    /** {@code warehouse}: a warehouse code to limit the digest to, or blank for all. */
    public record SubscriptionData(@EmailAddress String email, @NotNull(message = "must be DAILY or WEEKLY") String frequency,
                                   String warehouse) {
    }

    public record SubscriptionView(long id, String email, String frequency, String warehouse, String createdBy, String createdAt) {
        static SubscriptionView of(DigestSubscription s) {
            return new SubscriptionView(s.getId(), s.getEmail(), s.getFrequency().name(), s.getWarehouseCode(), s.getCreatedBy(),
                    s.getCreatedAt().toString());
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Validation validation;
    @Inject
    Warehouses warehouses;
    @Inject
    CurrentUser currentUser;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    public SubscriptionView subscribe(SubscriptionData data) {
        validation.check(data);
        Frequency frequency = Frequency.parse(data.frequency(), "frequency");
        String email = data.email().trim();
        String code = Filters.optional(data.warehouse());
        Warehouse warehouse = code == null ? null : warehouses.get(code);
        // each user's subscriptions are their own: whether someone else subscribed the address is not told
        // (the digest still goes once per address and period: see Digests)
        boolean exists = em.createQuery("select count(s) from DigestSubscription s where lower(s.email) = :email and s.frequency = :f "
                        + "and s.createdBy = :by", Long.class)
                .setParameter("email", email.toLowerCase()).setParameter("f", frequency).setParameter("by", currentUser.name())
                .getSingleResult() > 0;
        if (exists) {
            throw Problem.conflict("email", "You subscribed " + email + " to the " + frequency.label() + " digest already.");
        }
        DigestSubscription subscription = Entities.persistNew(em, new DigestSubscription(email, frequency, warehouse, currentUser.name(), clock.instant()),
                () -> Problem.conflict("email", "You subscribed " + email + " to the " + frequency.label() + " digest already."));
        audit.record("digest.subscribed", email, frequency.name() + (code == null ? "" : " " + code));
        return SubscriptionView.of(subscription);
    }

    /** Removes a subscription of the signed-in user's (any, for an admin); another's is unknown to them. */
    public void unsubscribe(long id) {
        DigestSubscription subscription = em.find(DigestSubscription.class, id);
        if (subscription == null || !currentUser.is(Role.ADMIN) && !subscription.getCreatedBy().equals(currentUser.name())) {
            throw Problem.notFound("id", "Unknown subscription " + id + ".");
        }
        em.remove(subscription);
        audit.record("digest.unsubscribed", subscription.getEmail(), subscription.getFrequency().name());
    }

    /** All subscriptions, or only those a user made. */
    public List<SubscriptionView> list(String createdBy) {
        return em.createQuery("select s from DigestSubscription s where (:by is null or s.createdBy = :by) order by s.frequency, s.email",
                DigestSubscription.class).setParameter("by", createdBy).getResultStream().map(SubscriptionView::of).toList();
    }
}
