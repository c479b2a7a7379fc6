package com.backorderdesk.security;

import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Validation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Users: sign-in checks with throttling, and the admin's changes. A password that verified a
 * short while ago is let in at once; any other check first takes an attempt by an atomic
 * UPDATE of the user's failure counter committed at once ({@link LoginAttempts}), and only
 * then hashes. After {@link AppUser#FREE_FAILED_LOGINS} failures in a row each attempt makes
 * the next wait (two seconds, doubling, at most 15 minutes: {@link AppUser#waitAfter}), so of
 * any number of attempts at once only a few are checked (on every server: the counter is in
 * the database); failures from one address slow that address down too ({@link AddressThrottle}).
 */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;
    @Inject
    Passwords passwords;
    @Inject
    LoginAttempts attempts;
    @Inject
    AddressThrottle addresses;
    @Inject
    Validation validation;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    /** Compared against when the name is unknown, so both cases take the same time. */
    private static volatile String unknownUserHash;

    @PostConstruct
    void prepare() {
        if (unknownUserHash == null) {
            unknownUserHash = passwords.hash("not-a-password".toCharArray());
        }
    }

    /** Reads without a transaction of its own: the counting steps are short ones of {@link LoginAttempts}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult verify(String username, char[] password, String address) {
        Instant now = clock.instant();
        LoginResult result = check(username, password, address, now);
        if (result.isValid()) {
            addresses.succeeded(address);
        } else {
            addresses.failed(address, now);
        }
        return result;
    }

    /**
     * Every refusal is the same answer after the same work (a hash is checked, against a dummy
     * when the name is unknown or the user or address must wait): nobody learns from it whether
     * a user exists or is being slowed down.
     */
    private LoginResult check(String username, char[] password, String address, Instant now) {
        Optional<AppUser> found = find(username);
        if (found.isEmpty() || addresses.waiting(address, now) || found.get().isLocked(now)) {
            return refusedUnchecked(password);
        }
        AppUser user = found.get();
        if (user.isEnabled() && passwords.remembered(password, user.getPasswordHash())) {
            if (user.getFailedLogins() > 0) {
                attempts.succeeded(user.getId());
            }
            return LoginResult.valid(user);
        }
        Boolean right = passwords.checkOnce(password, user.getPasswordHash(),
                () -> attempts.take(user.getId(), user.getUsername(), user.getFailedLogins(), now));
        if (right == null) {
            return refusedUnchecked(password);
        }
        if (right && user.isEnabled()) {
            attempts.succeeded(user.getId());
            return LoginResult.valid(user);
        }
        return LoginResult.invalid();
    }

    /** Refused without looking at the user's password, after as much work as a check (a hash against a dummy). */
    private LoginResult refusedUnchecked(char[] password) {
        // shared like a real check (Passwords.checkOnce): many requests at once cost what they cost for a real user
        passwords.checkOnce(password, unknownUserHash, () -> true);
        return LoginResult.invalid();
    }

    /**
     * The roles of an enabled user whose password is still the one the session signed in with,
     * read on every request so that a change, a disabled user or a reset takes effect at once.
     */
    public Optional<Set<String>> activeRoles(String username, String stamp) {
        return find(username).filter(AppUser::isEnabled).filter(u -> u.credentialStamp().equals(stamp)).map(AppUser::roleNames);
    }

    public AppUser create(UserData data, String password) {
        validation.check(data);
        passwords.check(password, data.username());
        // user names are told apart ignoring case: clerk2 and CLERK2 would be one person to a reader
        if (em.createQuery("select count(u) from AppUser u where lower(u.username) = :name", Long.class)
                .setParameter("name", data.username().toLowerCase(Locale.ROOT)).getSingleResult() > 0) {
            throw duplicate(data.username());
        }
        AppUser user = new AppUser(data.username(), data.email(), data.roles(), passwords.hash(password.toCharArray()), clock.instant());
        Entities.persistNew(em, user, () -> duplicate(data.username()));
        audit.record("user.created", user.getUsername(), user.getRoles());
        return user;
    }

    /** Start-up seeding of the demo users: the password rule is the operator's business here. */
    public AppUser seed(UserData data, String password) {
        validation.check(data);
        AppUser user = new AppUser(data.username(), data.email(), data.roles(), passwords.hash(password.toCharArray()), clock.instant());
        em.persist(user);
        audit.record("user.created", user.getUsername(), user.getRoles());
        return user;
    }

    public AppUser change(String username, UserData data) {
        AppUser user = get(username);
        validation.check(new UserData(username, data.email(), data.roles()));
        if (!data.roles().contains(Role.ADMIN)) {
            keepAnAdmin(user, "roles");
        }
        user.change(data.email(), data.roles());
        audit.record("user.changed", username, user.getEmail() + " " + user.getRoles());
        return user;
    }

    public AppUser resetPassword(String username, String password) {
        AppUser user = get(username);
        passwords.check(password, username);
        user.resetPassword(passwords.hash(password.toCharArray()));
        audit.record("user.password-reset", username, null);
        return user;
    }

    public AppUser setEnabled(String username, boolean enabled) {
        AppUser user = get(username);
        if (enabled) {
            user.enable();
        } else {
            keepAnAdmin(user, "enabled");
            user.disable();
        }
        audit.record(enabled ? "user.enabled" : "user.disabled", username, null);
        return user;
    }

    /** The zone a user reads times in (null: the system's); the user's own choice, on their account page. */
    public AppUser chooseTimeZone(String username, ZoneId zone) {
        AppUser user = get(username);
        user.chooseTimeZone(zone);
        audit.record("user.time-zone", username, zone == null ? null : zone.getId());
        return user;
    }

    /** Refuses to take the last enabled admin's role away (nobody could manage the users any more). */
    private void keepAnAdmin(AppUser user, String field) {
        if (!user.isEnabled() || !user.roleSet().contains(Role.ADMIN)) {
            return;
        }
        // the enabled users' rows locked while counting: two admins demoting each other at once take turns
        long admins = em.createQuery("select u from AppUser u where u.enabled = true order by u.id", AppUser.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(u -> u.roleSet().contains(Role.ADMIN)).count();
        if (admins <= 1) {
            throw Problem.conflict(field, user.getUsername() + " is the last administrator: make someone else an administrator first.");
        }
    }

    public AppUser get(String username) {
        return find(username).orElseThrow(() -> Problem.notFound("username", "Unknown user '" + username + "'."));
    }

    public Optional<AppUser> find(String username) {
        return Entities.single(em.createNamedQuery(AppUser.BY_NAME, AppUser.class).setParameter("username", username));
    }

    /** The columns the user list sorts by. */
    static final Map<String, String> SORTS = Map.of("username", "u.username", "email", "u.email", "status", "u.enabled");

    public Page<AppUser> search(String q, String sort, PageRequest page) {
        return Page.of(em.createQuery("select u from AppUser u where lower(u.username) like :q escape '\\' or lower(u.email) like :q escape '\\'"
                        + Sorting.orderBy(sort, SORTS, "username", "u"), AppUser.class).setParameter("q", Page.contains(q)),
                em.createNamedQuery(AppUser.COUNT, Long.class).setParameter("q", Page.contains(q)), page);
    }

    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    private static Problem duplicate(String username) {
        return Problem.conflict("username", "A user named '" + username + "' already exists.");
    }
}
