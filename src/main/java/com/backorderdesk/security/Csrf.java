package com.backorderdesk.security;

import com.backorderdesk.platform.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * CSRF protection for the pages: every state-changing form carries the session's token in the
 * hidden field {@code _csrf}; a request without the right one gets 403 and reaches no code.
 * The API is exempt: it authenticates every request with Basic credentials, not a cookie.
 */
@WebFilter(urlPatterns = "/*")
public class Csrf extends HttpFilter {

    public static final String FIELD = "_csrf";
    static final String SESSION_TOKEN = "backorder.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** The token of this session, created with the session if need be. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(SESSION_TOKEN);
        if (token == null) {
            token = Secrets.randomToken();
            session.setAttribute(SESSION_TOKEN, token);
        }
        return token;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE.contains(request.getMethod()) || path.startsWith("/api/") || hasValidToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Forbidden</title></head><body>"
                + "<h1>Request refused</h1><p>This form has expired or did not come from Backorder Desk. "
                + "Go back, reload the page and try again.</p><p><a href=\"/\">Home</a></p></body></html>");
    }

    private static boolean hasValidToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
        String given = request.getParameter(FIELD);
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
