package com.backorderdesk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A form sent twice (a double click, the browser's Back and Send again) does its work once.
 * A form that places or books something carries a key of its own ({@link #keyOf}); the first
 * send of a key does the work, and another send of it, at the same moment or later in the same
 * session, is shown where the first one led. A send that was refused (a form with errors) does
 * not count: the corrected form can be sent.
 */
@SessionScoped
public class SentForms implements Serializable {

    public static final String FIELD = "formKey";
    private static final int REMEMBERED = 100;

    /**
     * Key to where its first send led: kept in the session, so that on a cluster it survives the
     * server that served it (LinkedHashMap and URI are serializable).
     */
    private final LinkedHashMap<String, URI> led = new LinkedHashMap<>();
    /** Sends under way on this server (null while nothing runs), waited for by a second send of the same key. */
    private transient Map<String, CompletableFuture<URI>> running;

    /** The key of a form shown again (after a preview, with errors), else a new one. */
    public static String keyOf(HttpServletRequest request) {
        String key = request.getParameter(FIELD);
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }

    /** Sends the form once: {@code send} answers a redirect where the work led, or the form again. */
    public Response once(HttpServletRequest request, Supplier<Response> send) {
        String key = request.getParameter(FIELD);
        if (key == null || key.isBlank()) {
            return send.get();
        }
        CompletableFuture<URI> mine = new CompletableFuture<>();
        URI done;
        CompletableFuture<URI> first;
        synchronized (this) {
            done = led.get(key);
            first = done == null ? running().putIfAbsent(key, mine) : null;
        }
        if (done == null && first != null) {
            done = whereItLed(first);
            if (done == null) {
                return send.get();
            }
        }
        if (done != null) {
            Flash.success(request, "form.sentOnce");
            return Pages.seeOther(done);
        }
        URI where = null;
        try {
            Response response = send.get();
            where = response.getStatus() == Response.Status.SEE_OTHER.getStatusCode() ? response.getLocation() : null;
            return response;
        } finally {
            synchronized (this) {
                running().remove(key);
                if (where != null) {
                    led.put(key, where);
                    if (led.size() > REMEMBERED) {
                        led.remove(led.keySet().iterator().next());
                    }
                }
            }
            mine.complete(where);
        }
    }

    private static URI whereItLed(CompletableFuture<URI> first) {
        try {
            return first.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private Map<String, CompletableFuture<URI>> running() {
        if (running == null) {
            running = new java.util.HashMap<>();
        }
        return running;
    }
}
