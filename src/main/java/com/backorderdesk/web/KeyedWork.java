package com.backorderdesk.web;

import com.backorderdesk.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Work done once per key, for an API request with an {@code Idempotency-Key}
 * ({@link Idempotency}) and for a form sent twice ({@link SentForms}): the key is committed with
 * the work and its answer ({@link IdempotentRequests#perform}), so neither a second send nor a
 * server's death (nor another server of a cluster) can make it happen twice. A second send
 * while the first runs waits for it and is answered as it was.
 */
@ApplicationScoped
public class KeyedWork {

    private static final long WAIT_NANOS = Duration.ofSeconds(60).toNanos();

    @Inject
    IdempotentRequests requests;

    /**
     * @param kept   the answer to keep of what the work returned, or null when nothing is to be
     *               kept (a refusal): then the work's transaction is rolled back with the key
     * @param replay what a repeat is answered, from the kept answer
     */
    public <R> R once(String caller, String key, String fingerprint, Callable<R> work, Function<R, IdempotentRequests.Answer> kept,
                      Function<IdempotentRequests.Answer, R> replay) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            Optional<IdempotentRequest> done = requests.find(caller, key);
            if (done.isPresent()) {
                if (!done.get().isFor(fingerprint)) {
                    throw Problem.unprocessable(Idempotency.HEADER, "This key was used for a different request: use a new key for a new request.");
                }
                return replay.apply(new IdempotentRequests.Answer(done.get().status(), done.get().body()));
            }
            try {
                return requests.perform(caller, key, fingerprint, work, kept);
            } catch (IdempotentRequests.KeyTaken taken) {
                if (System.nanoTime() - deadline > 0) {
                    throw Problem.conflict(Idempotency.HEADER, "A request with this key is still being processed.");
                }
                Thread.sleep(20); // the other one is under way: its answer comes with its commit
            }
        }
    }
}
