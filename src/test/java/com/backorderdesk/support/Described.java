package com.backorderdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenAPI description (src/main/resources/openapi/openapi.yaml) as tests use it: its
 * operations, and whether an answer is one it describes (the status, and the body against the
 * status's JSON Schema, with the description's components).
 */
public final class Described {

    public static final Path FILE = Path.of("src/main/resources/openapi/openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final Set<String> answered = new TreeSet<>();

    private Described(JsonNode document) {
        this.document = document;
    }

    public static Described file() {
        try {
            return new Described(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Described of(String json) {
        try {
            return new Described(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every described operation, as "GET /api/orders/{number}". */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** Asserts that the answer is one the description gives for this operation; remembers the operation as answered when it succeeded. */
    public Api.Reply check(String method, String template, Api.Reply reply) {
        List<String> problems = problems(method, template, reply.status(), reply.raw().headers().firstValue("Content-Type").orElse(""), reply.body());
        assertEquals(List.of(), problems, method + " " + template + " answered " + reply);
        if (reply.status() < 300) {
            answered.add(method.toUpperCase(Locale.ROOT) + " " + template);
        }
        return reply;
    }

    /** The operations that were not yet seen succeeding. */
    public Set<String> notAnswered() {
        Set<String> missing = new TreeSet<>(operations());
        missing.removeAll(answered);
        return missing;
    }

    public List<String> problems(String method, String template, int status, String contentType, String body) {
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of("not described");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
            // "default" stands for what no route means to answer (a 500, a 405): a refusal must be described by its status
            if (response.isMissingNode() || status < 500 && status != 405 && status != 406) {
                return List.of("status " + status + " is not described");
            }
        }
        response = resolve(response);
        JsonNode content = response.path("content");
        if (content.isMissingNode()) {
            return body == null || body.isEmpty() ? List.of() : List.of("a body where none is described: " + body);
        }
        JsonNode json = content.path("application/json");
        if (json.isMissingNode()) {
            return List.of(); // e.g. the YAML of the description itself
        }
        if (!contentType.startsWith("application/json")) {
            return List.of("content type " + contentType + " where JSON is described");
        }
        try {
            return validate(json.path("schema"), JSON.readTree(body));
        } catch (IOException e) {
            return List.of("not JSON: " + body);
        }
    }

    /** Messages of what is wrong with the value against the schema (its {@code $ref}s into the description's components). */
    public List<String> validate(JsonNode schema, JsonNode value) {
        ObjectNode standalone = schema.deepCopy();
        standalone.set("components", document.get("components"));
        JsonSchema compiled = SCHEMAS.getSchema(standalone, CONFIG);
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : compiled.validate(value)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    /** A {@code $ref} to the description's components, followed; anything else as it is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** Every example in the description with the schema it illustrates: "where" → (schema, example). */
    public Map<String, JsonNode[]> examples() {
        Map<String, JsonNode[]> found = new java.util.TreeMap<>();
        collect("", document, found);
        return found;
    }

    private void collect(String where, JsonNode node, Map<String, JsonNode[]> found) {
        if (!node.isContainerNode()) {
            return;
        }
        if (node.isObject() && node.has("schema") && !where.contains("/components/schemas")) {
            JsonNode schema = node.get("schema");
            if (node.has("example")) {
                found.put(where + "/example", new JsonNode[]{schema, node.get("example")});
            }
            if (node.has("examples")) {
                node.get("examples").fields().forEachRemaining(e -> found.put(where + "/examples/" + e.getKey(),
                        new JsonNode[]{schema, resolve(e.getValue()).path("value")}));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            collect(where + "/" + field.getKey(), field.getValue(), found);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(where + "/" + i, node.get(i), found);
            }
        }
    }
}
