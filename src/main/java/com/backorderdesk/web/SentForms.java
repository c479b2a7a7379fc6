package com.backorderdesk.web;

import com.backorderdesk.platform.Again;
import com.backorderdesk.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A form sent twice (a double click, the browser's Back and Send again, a send repeated on
 * another server of a cluster after the first one died) does its work once. A form that places
 * or books something carries a key of its own ({@link #keyOf}); the first send of a key does the
 * work, and the key is committed with it, in the database ({@link KeyedWork}); another send of
 * it, at the same moment or later, is shown where the first one led. A send that was refused (a
 * form with errors) keeps nothing: the corrected form can be sent.
 */
@ApplicationScoped
public class SentForms {

    public static final String FIELD = "formKey";

    @Inject
    KeyedWork keyed;
    @Inject
    Again again;

    /** The key of a form shown again (after a preview, with errors), else a new one. */
    public static String keyOf(HttpServletRequest request) {
        String key = request.getParameter(FIELD);
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }

    /**
     * Sends the form once: {@code send} does the work and answers a redirect where it led
     * (kept), or null when the form was refused (nothing kept: its transaction is rolled back).
     * Then {@code formAgain} shows the form with its messages, after the rollback, so the page
     * reads the database afresh. The whole send runs again after a lost race.
     */
    public Response once(HttpServletRequest request, Supplier<Response> send, Supplier<Response> formAgain) {
        String key = request.getParameter(FIELD);
        Response sent;
        if (key == null || key.isBlank() || key.length() > 100) {
            sent = send.get();
        } else {
            sent = again.run(() -> {
                try {
                    return keyed.once(request.getRemoteUser(), "form:" + key, Secrets.sha256(request.getRequestURI()), send::get,
                            done -> done == null ? null : new IdempotentRequests.Answer(done.getStatus(), done.getLocation().toString()),
                            first -> {
                                Flash.success(request, "form.sentOnce");
                                return Pages.seeOther(URI.create(first.body()));
                            });
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return sent != null ? sent : formAgain.get();
    }
}
