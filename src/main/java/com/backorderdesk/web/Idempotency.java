package com.backorderdesk.web;

import com.backorderdesk.platform.Secrets;
import com.backorderdesk.platform.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/**
 * Safe retries for integrations: a request with an {@code Idempotency-Key} header does its work
 * once. A repeat with the same key and the same request (method, path and body) within 24 hours
 * gets the first answer again, status and body, with {@code Idempotent-Replayed: true}, and
 * changes nothing; the same key with another request is refused with 422. Two requests with
 * one key at the same moment: the second waits for the first and gets its answer. Only
 * answered work is kept (a refusal rolls the key back with everything else), so a request that
 * was refused can be sent again with its key. Runs inside {@link com.backorderdesk.platform.Retrying}:
 * a lost race runs the whole keyed transaction again.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    HttpServletRequest request;
    @Inject
    KeyedWork keyed;

    @AroundInvoke
    public Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw Problem.invalid(HEADER, "The Idempotency-Key must be 1 to 255 visible ASCII characters without spaces.");
        }
        return keyed.once(request.getUserPrincipal().getName(), key, fingerprint(invocation),
                () -> response(answerOf(invocation.proceed())).build(),
                response -> response.getStatus() < 400 ? new IdempotentRequests.Answer(response.getStatus(), (String) response.getEntity()) : null,
                first -> response(first).header(REPLAYED, "true").build());
    }

    private static IdempotentRequests.Answer answerOf(Object result) throws JsonProcessingException {
        if (result instanceof Response response) {
            return new IdempotentRequests.Answer(response.getStatus(), response.hasEntity() ? StrictJsonNumbers.MAPPER.writeValueAsString(response.getEntity()) : null);
        }
        return new IdempotentRequests.Answer(200, StrictJsonNumbers.MAPPER.writeValueAsString(result));
    }

    private static Response.ResponseBuilder response(IdempotentRequests.Answer answer) {
        return answer.body() == null ? Response.status(answer.status())
                : Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    /** The request as the work sees it: method, path and the arguments read from it (its JSON body, its path). */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
        String text = request.getMethod() + " " + request.getRequestURI() + "\n" + StrictJsonNumbers.MAPPER.writeValueAsString(invocation.getParameters());
        return Secrets.sha256(text);
    }
}
