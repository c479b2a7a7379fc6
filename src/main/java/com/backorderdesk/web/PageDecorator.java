package com.backorderdesk.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/**
 * Page-wide values a capability offers to every page (the alert badge, the CSRF token): the
 * floor collects all of them, so the layout needs nobody's class.
 */
public interface PageDecorator {

    /**
     * A badge counts unread things no further than this ("99+" on the page): every page shows
     * the badges, and it should not count thousands of unread alerts each time.
     */
    int BADGE_MAX = 100;

    /** The template variables this decorator adds for the request. */
    Map<String, Object> decorate(HttpServletRequest request);
}
