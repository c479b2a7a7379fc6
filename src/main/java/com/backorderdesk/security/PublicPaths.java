package com.backorderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The addresses anyone may open without signing in: the login page, static files, health, the
 * customers' link pages ({@code /c/{token}}: the token is the key), and the API's description.
 */
@ApplicationScoped
public class PublicPaths {

    public boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/static/") || path.equals("/api/health")
                || path.equals("/favicon.ico") || path.startsWith("/c/")
                || path.equals("/api/openapi.json") || path.equals("/api/openapi.yaml") || path.equals("/api-docs") || path.startsWith("/api-docs/");
    }
}
