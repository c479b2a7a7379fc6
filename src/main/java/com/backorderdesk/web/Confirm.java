package com.backorderdesk.web;

import java.util.Map;

/**
 * The page that asks before a step that cannot be undone: the question, what it does, and a
 * form that posts to the step's own address (with the same fields) or goes back. The step's
 * button on its page is a link here; the step's POST itself stays one request.
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * @param key    the messages {@code <key>.question}, {@code <key>.detail} and {@code <key>.button},
     *               e.g. "confirm.unsubscribe", filled with {@code args}
     * @param action the address the step posts to
     * @param fields the step's form fields
     * @param back   where "No" leads
     */
    public static View page(String key, Object[] args, String action, Map<String, String> fields, String back) {
        return View.of("confirm").with("key", key).with("args", args).with("action", action).with("fields", fields).with("back", back);
    }
}
