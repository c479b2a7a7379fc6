package com.backorderdesk.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new API token: its name (who uses it, e.g. "webshop") and its one role. */
public record ApiTokenData(@NotNull(message = "must not be empty") @Pattern(regexp = "[A-Za-z0-9._-]{3,30}",
                                   message = "must be 3 to 30 letters, digits, '.', '_' or '-'") String name,
                           @NotNull(message = "choose a role") Role role) {
}
