package com.backorderdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's figure for this hash), a random salt per
 * password; far above the 2,048 iterations Jakarta Security uses by default.
 */
@ApplicationScoped
public class Passwords {

    public static final int ITERATIONS = 210_000;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }
}
