package com.backorderdesk.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A small JSON API client for black-box tests: base URL from the test, Basic credentials per call. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final List<String> bases;
    private final AtomicInteger turn;
    private final Map<String, String> headers;

    private Api(List<String> bases, AtomicInteger turn, Map<String, String> headers) {
        this.bases = bases.stream().map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b).toList();
        this.turn = turn;
        this.headers = Map.copyOf(headers);
    }

    public static Api at(Object baseUrl) {
        return new Api(List.of(baseUrl.toString()), new AtomicInteger(), Map.of());
    }

    /** Each request to the next of these servers in turn, as a balancer spreads clients over the nodes of a cluster. */
    public static Api across(Object... baseUrls) {
        return new Api(java.util.Arrays.stream(baseUrls).map(Object::toString).toList(), new AtomicInteger(), Map.of());
    }

    /** HTTP Basic with a person's user name and password. */
    public Api as(String user, String password) {
        return with("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** An API token instead of a password. */
    public Api bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    /** The same client, sending this header with every request too (or replacing it). */
    public Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(bases, turn, more);
    }

    public Api asAdmin() {
        return as("admin", "demo");
    }

    public String base() {
        return bases.get(0);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply send(String method, String path, String json) {
        String base = bases.size() == 1 ? bases.get(0) : bases.get(Math.floorMod(turn.getAndIncrement(), bases.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** A fresh code for test data, unique within the run: {@code prefix-8hex}. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Single quotes (in the pattern and the values) become double quotes, so JSON reads well inside Java strings. */
    public static String json(String singleQuoted, Object... args) {
        return String.format(singleQuoted, args).replace('\'', '"');
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
