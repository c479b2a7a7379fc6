package com.backorderdesk.security;

import com.backorderdesk.support.ServerProcess;
import com.backorderdesk.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server started as an operator starts one behind a TLS-terminating proxy
 * (BACKORDER_TRUST_PROXY=true): the proxy's X-Forwarded headers make the session cookie Secure,
 * add HSTS and name the client's address. (Without the setting they are ignored: ProbeFindingsIT.)
 */
class ProxyIT {

    private static ServerProcess server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1) // as nginx speaks to its upstream
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.fresh("proxy-server", 400).with("-DBACKORDER_TRUST_PROXY=true").start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.kill();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindTheTrustedProxyCookiesAreSecureHstsIsSentAndTheClientsAddressIsKnown() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(server.url() + "/login")).GET());
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), login.headers().toString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("BDSESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), cookie);

        String form = "username=" + URLEncoder.encode("nobody-proxy", StandardCharsets.UTF_8) + "&password=wrong-password-1&next=/";
        String session = cookie.substring(0, cookie.indexOf(';'));
        String token = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        send(HttpRequest.newBuilder(URI.create(server.url() + "/login")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token)));

        String trail = new WebSession(server.url()).login("admin", "demo").get("/admin/audit?q=nobody-proxy").body();
        assertTrue(trail.contains("from 203.0.113.9"), "the failed sign-in is recorded with the client's address: " + trail);
    }
}
