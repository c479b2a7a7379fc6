package com.backorderdesk.web;

import com.backorderdesk.support.Described;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI description cannot drift from the code: it describes exactly the {@code /api}
 * routes the resources declare, every operation has its id and its answers, and every example
 * in it is valid against the schema it illustrates. (That the running application answers as
 * described is {@code OpenApiIT}.)
 */
class OpenApiTest {

    private final Described described = Described.file();

    @Test
    void describesExactlyTheRoutesOfTheCode() throws Exception {
        assertEquals(routesInCode(), described.operations());
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsAnswers() {
        Set<String> ids = new TreeSet<>();
        described.document().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Described.METHODS.contains(op.getKey())) {
                String where = op.getKey() + " " + path.getKey();
                assertTrue(ids.add(op.getValue().path("operationId").asText("")), where + ": a unique operationId");
                assertFalse(op.getValue().path("summary").asText("").isBlank(), where + ": a summary");
                assertTrue(op.getValue().path("responses").fieldNames().hasNext(), where + ": its answers");
                assertTrue(op.getValue().has("security") || described.document().has("security"), where + ": its authentication");
            }
        }));
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        Map<String, JsonNode[]> examples = described.examples();
        assertTrue(examples.size() > 50, "examples throughout: " + examples.size());
        Map<String, List<String>> invalid = new TreeMap<>();
        examples.forEach((where, pair) -> {
            List<String> problems = described.validate(pair[0], pair[1]);
            if (!problems.isEmpty()) {
                invalid.put(where, problems);
            }
        });
        assertEquals(Map.of(), invalid);
    }

    @Test
    void theCheckOfAnAnswerCanFail() {
        assertEquals(List.of("not described"), described.problems("GET", "/api/nothing", 200, "application/json", "{}"));
        assertEquals(List.of("status 201 is not described"), described.problems("GET", "/api/orders/{number}", 201, "application/json", "{}"));
        assertFalse(described.problems("GET", "/api/orders/{number}", 200, "application/json", "{\"number\":7}").isEmpty(), "an order that is not one");
        assertFalse(described.problems("GET", "/api/health", 200, "text/html", "<p>").isEmpty(), "not JSON");
        assertEquals(List.of(), described.problems("GET", "/api/orders/{number}", 404, "application/json", "{\"error\":\"Unknown order\"}"));
    }

    /** "GET /api/orders/{number}" for every resource method under /api, read from the compiled classes. */
    static Set<String> routesInCode() throws IOException, ClassNotFoundException {
        Set<String> routes = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/backorderdesk"))) {
            names = files.map(classes::relativize).map(java.nio.file.Path::toString).filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, OpenApiTest.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/" + root.value() + (sub == null ? "" : "/" + sub.value());
                path = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
                if (path.startsWith("/api/")) {
                    routes.add(verb + " " + path);
                }
            }
        }
        return routes;
    }
}
