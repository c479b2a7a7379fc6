package com.backorderdesk.security;

import java.util.Objects;

/**
 * An API token as the API shows it (times in ISO-8601, UTC): never the token itself, except
 * once, in {@code token}, in the answer that created it.
 */
public record ApiTokenView(long id, String name, String role, boolean active, String createdBy, String createdAt,
                           String lastUsedAt, String revokedAt, String revokedBy, String token) {

    static ApiTokenView of(ApiToken token) {
        return of(token, null);
    }

    static ApiTokenView of(ApiToken token, String secret) {
        return new ApiTokenView(token.getId(), token.getName(), token.getRole().name(), token.isActive(), token.getCreatedBy(),
                token.getCreatedAt().toString(), Objects.toString(token.getLastUsedAt(), null),
                Objects.toString(token.getRevokedAt(), null), token.getRevokedBy(), secret);
    }
}
