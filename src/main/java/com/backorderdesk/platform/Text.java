package com.backorderdesk.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
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
 * A required line of text (a name): 1 to 120 characters, not only spaces, no control characters.
 */
@Documented
@NotNull
@Pattern(regexp = "(?U)(?=.*\\S)[^\\p{Cntrl}]{1,120}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Text {
    String message() default "{backorder.text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
