package com.backorderdesk.security;

import com.backorderdesk.platform.Secrets;
import java.nio.charset.StandardCharsets;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who signs in. Created enabled with a hashed password; an admin can change email and
 * roles, reset the password or disable the account. Ten failed logins in a row lock it for
 * fifteen minutes, whatever the password of the next attempts.
 */
@Entity
@NamedQuery(name = AppUser.BY_NAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u where lower(u.username) like :q escape '\\' or lower(u.email) like :q escape '\\'")
@NamedQuery(name = AppUser.ATTEMPT, query = "update AppUser u set u.failedLogins = u.failedLogins + 1, "
        + "u.lockedUntil = case when u.failedLogins + 1 >= :free then :until else u.lockedUntil end "
        + "where u.id = :id and (u.lockedUntil is null or u.lockedUntil <= :now)")
@NamedQuery(name = AppUser.SUCCEEDED, query = "update AppUser u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id")
public class AppUser {

    public static final String BY_NAME = "AppUser.byName";
    public static final String COUNT = "AppUser.count";
    public static final String ATTEMPT = "AppUser.failed";
    public static final String SUCCEEDED = "AppUser.succeeded";

    /**
     * Sign-ins in a row that may fail (or be checked at the same moment: a client's first calls
     * in parallel) at no cost; from then on each failure makes the next wait longer.
     */
    public static final int FREE_FAILED_LOGINS = 10;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);

    /**
     * How long, after its {@code failures}-th failed sign-in in a row, a user's password is not
     * checked at all: nothing for the first few, then two seconds, doubling, at most 15 minutes.
     * A stranger can slow a user down this way, not lock them out for long.
     */
    public static Duration waitAfter(int failures) {
        if (failures < FREE_FAILED_LOGINS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(20, failures - FREE_FAILED_LOGINS);
        Duration wait = Duration.ofSeconds(2L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String username;
    private String email;
    private String passwordHash;
    private String roles;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private String timeZone;
    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String email, Set<Role> roles, String passwordHash, Instant createdAt) {
        this.username = username;
        this.enabled = true;
        this.createdAt = createdAt;
        this.passwordHash = passwordHash;
        change(email, roles);
    }

    public void change(String email, Set<Role> roles) {
        this.email = email.trim();
        this.roles = roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** A new password also lifts a lock: the admin has spoken to the person. */
    public void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Whether sign-ins wait now (a failed one was too recent): they are refused without a check. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public Set<String> roleNames() {
        return roleSet().stream().map(Enum::name).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    /**
     * A short stamp of the current password, kept in a page session at sign-in: when an admin
     * resets the password the stamp changes, and every session signed in with the old one ends
     * (on every server: the stamp is compared with the database on each request).
     */
    public String credentialStamp() {
        return Secrets.sha256(passwordHash).substring(0, 32);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The zone this user reads times in; empty for the system's. */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    public void chooseTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }
}
