package com.backorderdesk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A named token an integration signs in with ({@code Authorization: Bearer}), with one role.
 * Only the token's SHA-256 is kept; revoked, it signs nobody in any more, at once.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.BY_NAME, query = "select t from ApiToken t where lower(t.name) = lower(:name)")
@NamedQuery(name = ApiToken.ALL, query = "select t from ApiToken t order by case when t.revokedAt is null then 0 else 1 end, t.name")
@NamedQuery(name = ApiToken.USED, query = "update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
public class ApiToken {

    static final String BY_HASH = "ApiToken.byHash";
    static final String BY_NAME = "ApiToken.byName";
    static final String ALL = "ApiToken.all";
    static final String USED = "ApiToken.used";
    /** What a token's caller is called in the audit trail and in every record it makes: never a user name (no ':' there). */
    static final String PRINCIPAL_PREFIX = "token:";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String tokenHash;
    private String createdBy;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(String name, Role role, String tokenHash, String createdBy, Instant createdAt) {
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String principal() {
        return PRINCIPAL_PREFIX + name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
