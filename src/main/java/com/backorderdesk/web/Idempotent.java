package com.backorderdesk.web;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API request that may carry an {@code Idempotency-Key} header (docs/API.md): the first
 * request with a key does the work, a repeat with the same key and the same request within 24
 * hours gets the first answer again and changes nothing (see {@link Idempotency}). Put it on a
 * resource method that answers a {@code Response}, beside {@link com.backorderdesk.platform.Retried}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
