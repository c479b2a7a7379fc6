package com.backorderdesk.security;

import java.util.List;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.backorderdesk.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's figure for this hash), a random salt per
 * password; far above the 2,048 iterations Jakarta Security uses by default.
 * <p>
 * HTTP Basic sends the password with every API request, and 210,000 iterations cost about
 * 150 ms each time. So a password that verified is remembered for a few minutes as an
 * HMAC-SHA256 under a key that exists only in this process's memory, next to the stored hash
 * it matched: the same password against the same stored hash is then accepted at once. A wrong
 * password never matches the remembered HMAC and pays the full price (and counts towards the
 * lock); a changed password has a new stored hash, so nothing old is matched.
 */
@ApplicationScoped
public class Passwords {

    private final Zxcvbn strength = new Zxcvbn();

    public static final int ITERATIONS = 210_000;
    /** ASVS 2.1.1: at least 12 characters; 2.1.2: long passphrases welcome. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    static final long REMEMBER_NANOS = Duration.ofMinutes(5).toNanos();
    static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash hash;

    private record Remembered(byte[] fingerprint, long until) {
    }

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    /** Checks under way, by fingerprint of password and stored hash. */
    private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();
    private final SecretKeySpec key = new SecretKeySpec(randomKey(), "HmacSHA256");

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    /**
     * The password rule (ASVS 2.1.1, 2.1.7, 2.1.9): 12 to 128 characters of any kind, not the
     * user name, and not common or easily guessed: zxcvbn (its list of 30,000 common passwords,
     * keyboard patterns, dates, repeats, the user name) must rate it "safely unguessable" (3 of
     * 4). No rules about kinds of characters.
     */
    public void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw Problem.invalid("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (username != null && password.strip().equalsIgnoreCase(username)) {
            throw Problem.invalid("password", "must not be the user name");
        }
        if (strength.measure(password, username == null ? List.of() : List.of(username)).getScore() < 3) {
            throw Problem.invalid("password", "is too common or too easy to guess: try a few unrelated words");
        }
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether this password verified against this hash a short while ago (no hashing, microseconds). */
    public boolean remembered(char[] password, String storedHash) {
        Remembered remembered = verified.get(storedHash);
        return remembered != null && remembered.until() - System.nanoTime() > 0
                && MessageDigest.isEqual(remembered.fingerprint(), fingerprint(password, storedHash));
    }

    /**
     * Checks a password against a stored hash once however many requests bring it at the same
     * moment (an integration's burst right after a start, before anything is remembered): the
     * first takes an attempt ({@code takeAttempt}, false: not now) and hashes, the others with
     * the very same password wait for its outcome and share it, taking no attempt of their own.
     * Null when the attempt was not granted.
     */
    public Boolean checkOnce(char[] password, String storedHash, BooleanSupplier takeAttempt) {
        String same = HexFormat.of().formatHex(fingerprint(password, storedHash));
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(same, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Boolean outcome = takeAttempt.getAsBoolean() ? verify(password, storedHash) : null;
            mine.complete(outcome);
            return outcome;
        } finally {
            mine.complete(null); // no-op once completed; waiters never hang, whatever was thrown
            checking.remove(same, mine);
        }
    }

    public boolean verify(char[] password, String storedHash) {
        if (remembered(password, storedHash)) {
            return true;
        }
        byte[] fingerprint = fingerprint(password, storedHash);
        boolean matches = hash.verify(password, storedHash);
        if (matches) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(storedHash, new Remembered(fingerprint, System.nanoTime() + REMEMBER_NANOS));
        }
        return matches;
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private byte[] fingerprint(char[] password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
