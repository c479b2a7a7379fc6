package com.backorderdesk.web;

import com.backorderdesk.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a person typed into a form: read field by field (numbers that are not numbers become a
 * message, not an exception), validated as a whole, and kept for showing the form again with a
 * message beside each field in error.
 */
public class FormInput {

    private final HttpServletRequest request;
    private final Validator validator;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String globalError;

    public FormInput(HttpServletRequest request, Validator validator) {
        this.request = request;
        this.validator = validator;
    }

    /** An empty form, or one filled from existing data, for the first showing. */
    public static FormInput prefilled(Map<String, ?> initial) {
        FormInput form = new FormInput(null, null);
        form.values.putAll(initial);
        return form;
    }

    public String text(String name) {
        String value = request.getParameter(name);
        values.put(name, value);
        return value == null ? null : value.strip();
    }

    public Integer integer(String name) {
        return integer(name, text(name));
    }

    /** Reads {@code text} as a whole number for the field {@code name}, or records why it is not one. */
    public Integer integer(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(name, "must be a whole number");
            return null;
        }
    }

    public BigDecimal decimal(String name) {
        String text = text(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(name, "must be a number such as 12.50");
            return null;
        }
    }

    /** Shows a value in the form again under this name (e.g. after moving rows). */
    public void put(String name, Object value) {
        values.put(name, value);
    }

    /** A message for a field, found while reading the form. */
    public void reject(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    public boolean checkbox(String name) {
        boolean checked = request.getParameter(name) != null;
        values.put(name, checked);
        return checked;
    }

    public List<String> all(String name) {
        String[] given = request.getParameterValues(name);
        List<String> list = given == null ? List.of() : List.of(given);
        values.put(name, list);
        return list;
    }

    /**
     * Validates the data and, if everything is in order, runs the action. Returns the action's
     * result, or null when the form has to be shown again ({@link #hasErrors()}).
     */
    public <T, R> R submit(T data, Function<T, R> action) {
        for (ConstraintViolation<T> violation : validator.validate(data)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (hasErrors()) {
            return null;
        }
        try {
            return action.apply(data);
        } catch (Problem problem) {
            if (problem.fieldErrors().isEmpty()) {
                globalError = problem.getMessage();
            } else {
                problem.fieldErrors().forEach(errors::putIfAbsent);
            }
            return null;
        }
    }

    /**
     * The whole save step of a create or edit page: validates and runs the action; on success a
     * flash message (with the record's code) and a 303 to {@code redirect} (which may name the
     * code as a template variable), else the form again with its messages, answered 400.
     */
    public <T, R> Response save(T data, Function<T, R> action, Function<R, String> code, String successKey,
                                                   String redirect, Function<FormInput, View> formAgain) {
        R saved = submit(data, action);
        if (saved == null) {
            return Pages.show(formAgain.apply(this), 400);
        }
        Flash.success(request, successKey, code.apply(saved));
        return Pages.redirect(redirect, code.apply(saved));
    }

    /** Runs an action that takes no validated data (e.g. a password reset) the same way. */
    public <R> R run(Supplier<R> action) {
        return submit(new Object(), ignored -> action.get());
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || globalError != null;
    }

    public Object value(String name) {
        return values.get(name);
    }

    public Map<String, Object> getValues() {
        return values;
    }

    /** The field in error that was read first (forms read their fields in the order of the page): the cursor goes there. */
    public String firstError() {
        return values.keySet().stream().filter(errors::containsKey).findFirst()
                .orElse(errors.keySet().stream().findFirst().orElse(null));
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getGlobalError() {
        return globalError;
    }

    /**
     * Messages for fields that the form does not show, so none is lost. A form that shows a
     * field shows its rows too: {@code lines} covers {@code lines[2].quantity}.
     */
    public List<String> otherErrors(List<String> shownFields) {
        List<String> other = new ArrayList<>();
        errors.forEach((field, message) -> {
            if (shownFields.stream().noneMatch(shown -> field.equals(shown) || field.startsWith(shown + "["))) {
                other.add(field + ": " + message);
            }
        });
        return other;
    }
}
