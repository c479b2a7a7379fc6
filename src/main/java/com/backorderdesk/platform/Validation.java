package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Bean Validation of incoming data, turned into a {@link Problem} naming every field at fault. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T data) {
        if (data == null) {
            throw Problem.invalid(null, "The request has no content.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw Problem.invalid(errors);
        }
        return data;
    }
}
