package com.backorderdesk.web;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every hour, the request keys older than 24 hours are forgotten (on each server: deleting twice is harmless). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForgetOldKeys {

    @Inject
    IdempotentRequests requests;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void forget() {
        requests.forgetExpired();
    }
}
