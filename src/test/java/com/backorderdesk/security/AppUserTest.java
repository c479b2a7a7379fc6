package com.backorderdesk.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void keepsRolesInAStableOrder() {
        AppUser user = new AppUser("kim", " kim@example.com ", EnumSet.of(Role.MANAGER, Role.CLERK), "hash", NOW);
        assertEquals("CLERK,MANAGER", user.getRoles());
        assertEquals(Set.of("CLERK", "MANAGER"), user.roleNames());
        assertEquals("kim@example.com", user.getEmail());
        assertTrue(user.isEnabled());
    }

    @Test
    void aResetPasswordAndEnablingLiftALock() {
        AppUser user = new AppUser("kim", "kim@example.com", Set.of(Role.CLERK), "hash", NOW);
        assertFalse(user.isLocked(NOW));
        user.disable();
        assertFalse(user.isEnabled());
        user.enable();
        assertTrue(user.isEnabled());
        user.resetPassword("other");
        assertEquals("other", user.getPasswordHash());
        assertEquals(0, user.getFailedLogins());
    }

    @Test
    void nextOnlyEverPointsInsideTheApplication() {
        assertEquals("/products?q=a", LoginPage.safeNext("/products?q=a"));
        assertEquals("/", LoginPage.safeNext("//evil.example"));
        assertEquals("/", LoginPage.safeNext("https://evil.example"));
        assertEquals("/", LoginPage.safeNext("/\\evil.example"));
        assertEquals("/", LoginPage.safeNext("/login"));
        assertEquals("/", LoginPage.safeNext(null));
        assertEquals("/", LoginPage.safeNext("/\t/evil.example"), "a browser drops the tab: //evil.example");
        assertEquals("/", LoginPage.safeNext("/\n/evil.example"));
        assertEquals("/", LoginPage.safeNext("/ orders"));
        assertEquals("/", LoginPage.safeNext("/\u2028x"));
    }
}
