package com.backorderdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A message shown once, on the page after a redirect: a key of the {@code messages} bundle and
 * its arguments ("Product {0} created.").
 */
public record Flash(String kind, String key, Object[] args) implements java.io.Serializable {

    static final String SESSION_KEY = "backorder.flash";

    public static void success(HttpServletRequest request, String key, Object... args) {
        request.getSession(true).setAttribute(SESSION_KEY, new Flash("success", key, args));
    }

    public static void error(HttpServletRequest request, String key, Object... args) {
        request.getSession(true).setAttribute(SESSION_KEY, new Flash("error", key, args));
    }

    static Flash take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Flash flash = (Flash) session.getAttribute(SESSION_KEY);
        session.removeAttribute(SESSION_KEY);
        return flash;
    }
}
