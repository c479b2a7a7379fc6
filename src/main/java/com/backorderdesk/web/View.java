package com.backorderdesk.web;

import java.util.HashMap;
import java.util.Map;

/** A template under {@code WEB-INF/templates/} and its model, rendered by {@link ViewWriter}. */
public record View(String template, Map<String, Object> model) {

    public static View of(String template) {
        return new View(template, new HashMap<>());
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }
}
