package com.backorderdesk.platform;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request whose transaction runs again, from the start, when it lost a race with another
 * transaction (see {@link Races}): people working at the same moment wait for each other
 * instead of being told to try again. Put it on the boundary method (a resource) that calls
 * one transactional service, never inside a transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Retried {
}
