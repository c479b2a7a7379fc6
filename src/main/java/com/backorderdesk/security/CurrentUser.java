package com.backorderdesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/** The signed-in user of the current request, or {@code system} for timers and start-up work. */
@RequestScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    HttpServletRequest request;

    /** Whether the signed-in user has this role (never for timers and start-up work). */
    public boolean is(Role role) {
        try {
            return request.isUserInRole(role.name());
        } catch (RuntimeException notInAWebRequest) {
            return false;
        }
    }

    public String name() {
        try {
            Principal principal = request.getUserPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException notInAWebRequest) {
            return SYSTEM;
        }
    }
}
