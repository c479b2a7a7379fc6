package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Operating configuration: a system property wins over the environment variable of the same
 * name (docs/API.md lists the names), so tests and operators can both set them.
 */
@ApplicationScoped
public class Config {

    public Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    /** A whole number setting; one that is not a number is the operator's mistake, said at once. */
    public int number(String name, int defaultValue) {
        return get(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " must be a whole number, not '" + value + "'", e);
            }
        }).orElse(defaultValue);
    }

    public boolean flag(String name, boolean defaultValue) {
        return get(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }
}
