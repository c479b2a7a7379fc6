package com.backorderdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** A message shown once, on the page after a redirect ("Product A-100 created."). */
public record Flash(String kind, String message) {

    static final String SESSION_KEY = "backorder.flash";

    public static void success(HttpServletRequest request, String message) {
        request.getSession(true).setAttribute(SESSION_KEY, new Flash("success", message));
    }

    public static void error(HttpServletRequest request, String message) {
        request.getSession(true).setAttribute(SESSION_KEY, new Flash("error", message));
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
