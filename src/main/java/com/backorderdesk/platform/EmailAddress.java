package com.backorderdesk.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A required email address, at most 254 characters, in plain ASCII without spaces or control
 * characters: the address goes onto the SMTP wire as it is written, and a line separator or a
 * non-ASCII letter there would turn into another address.
 */
@Documented
@NotBlank
@Email
@Size(max = 254)
@Pattern(regexp = "[\\x21-\\x7E]+")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface EmailAddress {
    String message() default "{backorder.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
