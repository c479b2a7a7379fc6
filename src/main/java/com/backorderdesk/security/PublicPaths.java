package com.backorderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The addresses anyone may open without signing in: the login page, static files, health, and
 * the customers' link pages ({@code /c/{token}}: the token is the key).
 */
@ApplicationScoped
public class PublicPaths {

    public boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/static/") || path.equals("/api/health")
                || path.equals("/favicon.ico") || path.startsWith("/c/");
    }
}
