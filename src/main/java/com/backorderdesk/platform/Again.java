package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * {@link Retried} for a part of a boundary method: where the method itself must not run twice
 * (a form sent once, {@code SentForms}), only the service call in it runs again after a lost race.
 */
@ApplicationScoped
public class Again {

    @Retried
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
