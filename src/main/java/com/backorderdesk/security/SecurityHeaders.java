package com.backorderdesk.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Security headers on every response: a strict CSP, no framing, no sniffing, no caching of pages; and every 403 is a security event. */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    @Inject
    SecurityEvents events;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A mail shown in the digest preview's frame: its own inline styles, nothing else; framed by this site only. */
    static final String MAIL_PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean mailPreview = request.getRequestURI().substring(request.getContextPath().length()).matches("/digests/preview/[a-z]+/mail");
        response.setHeader("Content-Security-Policy", mailPreview ? MAIL_PREVIEW_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", mailPreview ? "SAMEORIGIN" : "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) { // HTTPS, directly or (BACKORDER_TRUST_PROXY) through a TLS-terminating proxy
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            events.record("forbidden", request.getRemoteUser(), request.getRemoteAddr(), request.getMethod() + " " + path);
        }
    }
}
