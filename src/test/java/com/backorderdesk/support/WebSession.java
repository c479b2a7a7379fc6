package com.backorderdesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person at the pages, without a browser: cookies kept, forms posted with the page's CSRF token. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private String lastToken;

    public WebSession(Object baseUrl) {
        this(baseUrl, new CookieManager(), null);
    }

    private WebSession(Object baseUrl, CookieManager cookies, String lastToken) {
        String b = baseUrl.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.cookies = cookies;
        this.lastToken = lastToken;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (its cookies, its last CSRF token) talking to another server: a balancer's failover. */
    public WebSession movedTo(Object otherBaseUrl) {
        return new WebSession(otherBaseUrl, cookies, lastToken);
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            lastToken = m.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (lastToken != null) {
            withToken.putIfAbsent("_csrf", lastToken);
        }
        return postRaw(path, withToken);
    }

    /** Posts a form already encoded (for fields given more than once), with the CSRF token of the last page read. */
    public HttpResponse<String> postEncoded(String path, String encodedFields) {
        String body = encodedFields + (lastToken == null ? "" : "&_csrf=" + URLEncoder.encode(lastToken, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts exactly these fields, no token added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public WebSession login(String user, String password) {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("username", user, "password", password, "next", "/"));
        if (response.statusCode() != 303) {
            throw new IllegalStateException("login of " + user + " failed: " + response.statusCode());
        }
        get("/"); // the signed-in session's own CSRF token (sign-in renews it)
        return this;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("BDSESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
