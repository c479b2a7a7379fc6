package com.backorderdesk.support;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fresh users created through the admin page, so each test has mail and alerts of its own. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-1";

    private TestUsers() {
    }

    /** Creates a user with the role; the email is {@code <username>@example.com}. */
    public static String create(Object base, String prefix, String role) {
        String username = (prefix + Api.unique("u")).toLowerCase();
        WebSession admin = new WebSession(base).login("admin", "demo");
        admin.get("/admin/users/new");
        HttpResponse<String> created = admin.post("/admin/users", Map.of("username", username, "email", username + "@example.com",
                "roles", role, "password", PASSWORD));
        assertEquals(303, created.statusCode(), created.body());
        return username;
    }
}
