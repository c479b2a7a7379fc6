package com.backorderdesk.security;

import java.util.Set;

/** The outcome of checking a name and password. */
public record LoginResult(Outcome outcome, String username, Set<String> roles, String stamp) {

    /** Refused is one outcome, whatever the reason: a reason told is a hint to an attacker. */
    public enum Outcome { VALID, INVALID }

    static LoginResult valid(AppUser user) {
        return new LoginResult(Outcome.VALID, user.getUsername(), user.roleNames(), user.credentialStamp());
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, Set.of(), null);
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
