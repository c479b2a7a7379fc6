package com.backorderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism. Pages: form login (the login page calls
 * {@code SecurityContext.authenticate}), then the session carries the user name and roles are
 * read afresh on every request. API: HTTP Basic with a person's password, or an integration's
 * API token as {@code Authorization: Bearer} ({@link ApiTokens}), on every request (the session
 * cookie counts for nothing there), 401 with a JSON error without valid credentials. Both check passwords through {@link Accounts}, so throttling
 * applies to both alike.
 */
@ApplicationScoped
public class SignIn implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "backorder.user";
    static final String SESSION_STAMP = "backorder.credentialStamp";
    /** The absolute lifetime of a page session, however active (idle ones end after 30 minutes, web.xml). */
    static final long MAX_SESSION_MILLIS = Duration.ofHours(12).toMillis();
    /** The outcome of a form login, for the login page to explain a refusal. */
    public static final String LOGIN_RESULT = "backorder.loginResult";

    @Inject
    Accounts accounts;
    @Inject
    PublicPaths publicPaths;
    @Inject
    SecurityEvents events;
    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return formLogin(request, context, login);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).trim(), request, response, context);
        }
        // the API knows only HTTP Basic: a page's session cookie, which a browser sends along
        // with any request a page of another site makes, signs nobody in there (no CSRF)
        HttpSession session = api ? null : request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > MAX_SESSION_MILLIS) {
            session.invalidate(); // however active, a session ends after 12 hours: sign in again
            session = null;
        }
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<Set<String>> roles = accounts.activeRoles(username, (String) session.getAttribute(SESSION_STAMP));
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(username, roles.get());
            }
            session.invalidate();
        }
        if (publicPaths.isPublic(path)) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(request, response, "Authentication required: HTTP Basic with a user name and password.");
        }
        String next = "GET".equals(request.getMethod()) ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/";
        // a relative Location (never built from the Host header), as HttpMessageContext.redirect would answer
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
        LoginResult result = accounts.verify(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
        request.setAttribute(LOGIN_RESULT, result);
        events.record(result.isValid() ? "login" : "login-failed", login.getCaller(), request.getRemoteAddr(),
                "form, " + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        if (!result.isValid()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
            // a new token for the signed-in session: one seen before sign-in is worth nothing after
            request.getSession().removeAttribute(Csrf.SESSION_TOKEN);
        }
        request.getSession(true).setAttribute(SESSION_USER, result.username());
        request.getSession().setAttribute(SESSION_STAMP, result.stamp());
        return context.notifyContainerAboutLogin(result.username(), result.roles());
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, "Malformed Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, "Malformed Basic credentials.");
        }
        String username = decoded.substring(0, colon);
        LoginResult result = accounts.verify(username, decoded.substring(colon + 1).toCharArray(), request.getRemoteAddr());
        if (!result.isValid()) {
            // a valid Basic call is not an event (an integration makes thousands); a refused one is
            events.record("login-failed", username, request.getRemoteAddr(), "api, " + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
        return switch (result.outcome()) {
            case VALID -> context.notifyContainerAboutLogin(result.username(), result.roles());
            case INVALID -> unauthorized(request, response, "Invalid user name or password.");
        };
    }

    /** An integration's API token (only on {@code /api/**}): the token's name is the caller, its role the role. */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<ApiTokens.Caller> caller = tokens.verify(token);
        if (caller.isEmpty()) {
            events.record("login-failed", "API token", request.getRemoteAddr(), "api, unknown or revoked token");
            return unauthorized(request, response, "Invalid or revoked API token.");
        }
        return context.notifyContainerAboutLogin(caller.get().principal(), Set.of(caller.get().role()));
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String message) {
        try {
            endRequest(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Backorder Desk\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Backorder Desk\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"" + message + "\"}");
            response.getWriter().close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // the answer is written and the exchange complete: "continue" ends the request here (were the
        // exchange still open, the container would send its own 401 over the written one and log
        // "UT010019: Response already commited")
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Largest body of a refused request that is read (and thrown away) so its exchange can end at once. */
    private static final long SMALL_BODY = 64 * 1024;

    /**
     * Lets a refused request end with the answer: a small body that has fully arrived is read and
     * thrown away; a large, unknown or expected-later one ({@code Expect: 100-continue}) is never
     * waited for, the connection closes after the answer instead. Nobody unauthenticated holds a
     * worker thread by sending slowly.
     */
    private static void endRequest(HttpServletRequest request, HttpServletResponse response) {
        long length = request.getContentLengthLong();
        if (length == 0 || length < 0 && request.getHeader("Transfer-Encoding") == null) {
            return; // no body
        }
        if (length > 0 && length <= SMALL_BODY && request.getHeader("Expect") == null) {
            try {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
                return;
            } catch (IOException | IllegalStateException unread) {
                // gone or already read another way: close the connection instead
            }
        }
        response.setHeader("Connection", "close");
    }
}
