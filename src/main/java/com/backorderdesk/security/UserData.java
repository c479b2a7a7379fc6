package com.backorderdesk.security;

import com.backorderdesk.platform.EmailAddress;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Set;

/** Input for creating a user or changing one ({@code username} fixed once created). */
public record UserData(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,40}",
                               message = "must be 3 to 40 letters, digits, '.', '_' or '-'") String username,
                       @EmailAddress String email,
                       @NotEmpty(message = "choose at least one role") Set<Role> roles) {
}
