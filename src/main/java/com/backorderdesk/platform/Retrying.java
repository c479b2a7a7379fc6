package com.backorderdesk.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a {@link Retried} request again when its transaction lost a race, up to
 * {@value #ATTEMPTS} times with a short random pause that grows, then lets the failure through
 * (answered 409). Stock levels and purchase orders are locked in one order everywhere, so
 * requests wait for each other and this is rare; it covers what locks cannot rule out (a
 * database that picks a deadlock victim among other rows, a version that changed between read
 * and write). Inside a transaction it does nothing: only a whole transaction can run again.
 */
@Retried
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class Retrying {

    static final int ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(Retrying.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object again(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !Races.lost(e)) {
                    throw e;
                }
                LOG.log(Level.INFO, "{0} lost a race (attempt {1}), running it again", new Object[]{invocation.getMethod(), attempt});
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
            }
        }
    }
}
