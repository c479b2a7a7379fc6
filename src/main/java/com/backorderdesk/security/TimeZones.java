package com.backorderdesk.security;

import com.backorderdesk.web.UserZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** The time zone each user chose on their account page, read fresh for each page (every server sees a change at once). */
@ApplicationScoped
public class TimeZones implements UserZones {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ZoneId> of(String username) {
        return em.createQuery("select u.timeZone from AppUser u where u.username = :username", String.class)
                .setParameter("username", username).getResultList().stream().filter(Objects::nonNull).findFirst().flatMap(TimeZones::zone);
    }

    /** A zone the time-zone data no longer knows is read as none (the system's), not as an error on every page. */
    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
