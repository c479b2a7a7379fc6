package com.backorderdesk.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A business code (warehouse, supplier, customer code, SKU): 1 to 30 letters, digits, '.', '_'
 * or '-', starting with a letter or digit; no spaces or control characters. A missing code (a
 * form's empty field) is told "must be filled in", a malformed one what a code is: a null
 * passes the pattern, so only one of the two messages ever shows.
 */
@Documented
@NotNull(message = "{backorder.required}")
@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,29}", message = "{backorder.code}")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Code {
    String message() default "{backorder.code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
