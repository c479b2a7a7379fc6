package com.backorderdesk.security;

import java.util.Set;

/** The outcome of checking a name and password. */
public record LoginResult(Outcome outcome, String username, Set<String> roles) {

    public enum Outcome { VALID, INVALID, LOCKED }

    static LoginResult valid(AppUser user) {
        return new LoginResult(Outcome.VALID, user.getUsername(), user.roleNames());
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, Set.of());
    }

    static LoginResult locked() {
        return new LoginResult(Outcome.LOCKED, null, Set.of());
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
