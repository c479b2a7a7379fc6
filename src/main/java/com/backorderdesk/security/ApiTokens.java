package com.backorderdesk.security;

import com.backorderdesk.platform.Secrets;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Validation;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * API tokens: an admin creates one per integration (shown once), lists and revokes them; every
 * API request with {@code Authorization: Bearer} is checked here, against the database, so a
 * revoked token is refused at once on every server. The last use is written at most once a
 * minute per token.
 */
@Stateless
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    /** Tokens start with this, so that a leaked one is easy to recognise (and to search for in code). */
    static final String PREFIX = "bdk_";
    private static final Duration USE_WRITTEN_EVERY = Duration.ofMinutes(1);

    /** Who a valid token signs in as. */
    public record Caller(String principal, String role) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Validation validation;
    @Inject
    Audit audit;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Resource
    SessionContext self;

    public ApiTokenView create(ApiTokenData data) {
        validation.check(data);
        if (Entities.single(em.createNamedQuery(ApiToken.BY_NAME, ApiToken.class).setParameter("name", data.name())).isPresent()) {
            throw Problem.conflict("name", "A token named " + data.name() + " exists already: choose another name.");
        }
        String secret = PREFIX + Secrets.randomToken();
        ApiToken token = Entities.persistNew(em, new ApiToken(data.name(), data.role(), hash(secret), currentUser.name(), clock.instant()),
                () -> Problem.conflict("name", "A token named " + data.name() + " exists already: choose another name."));
        audit.record("api-token.created", "token " + token.getName(), "role " + token.getRole().name());
        return ApiTokenView.of(token, secret);
    }

    public List<ApiToken> all() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    public ApiToken get(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw Problem.notFound("id", "Unknown API token " + id + ".");
        }
        return token;
    }

    /** Revokes a token: the next request with it is refused. Revoking twice changes nothing. */
    public ApiTokenView revoke(long id) {
        ApiToken token = get(id);
        if (token.isActive()) {
            token.revoke(currentUser.name(), clock.instant());
            audit.record("api-token.revoked", "token " + token.getName(), null);
        }
        return ApiTokenView.of(token);
    }

    /** The caller a presented token signs in as, if it is one of ours and not revoked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Caller> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> token = Entities.single(em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", hash(presented)))
                .filter(ApiToken::isActive);
        token.ifPresent(this::noteUse);
        return token.map(t -> new Caller(t.principal(), t.getRole().name()));
    }

    private void noteUse(ApiToken token) {
        Instant now = clock.instant();
        if (token.getLastUsedAt() != null && token.getLastUsedAt().isAfter(now.minus(USE_WRITTEN_EVERY))) {
            return;
        }
        try {
            self.getBusinessObject(ApiTokens.class).used(token.getId(), now);
        } catch (RuntimeException e) {
            // two requests noting the same minute at once: one of them is enough
            LOG.log(Level.FINE, "Last use of token " + token.getName() + " not noted", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void used(long id, Instant now) {
        em.createNamedQuery(ApiToken.USED).setParameter("now", now).setParameter("id", id)
                .setParameter("before", now.minus(USE_WRITTEN_EVERY)).executeUpdate();
    }

    private static String hash(String secret) {
        return Secrets.sha256(secret);
    }
}
