package com.backorderdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of {@code /api}, written by hand in
 * {@code src/main/resources/openapi/openapi.yaml} and served as it is ({@code /api/openapi.yaml})
 * and as JSON ({@code /api/openapi.json}), to anyone: it holds no data. A test compares it with
 * the routes of the code and the answers of the running application, so it cannot drift.
 */
@Path("api")
@PermitAll
public class ApiDescription {

    static final String RESOURCE = "/openapi/openapi.yaml";

    private static final class Loaded {
        static final String YAML = read();
        static final String JSON = toJson(YAML);
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml;charset=UTF-8")
    public String yaml() {
        return Loaded.YAML;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String json() {
        return Loaded.JSON;
    }

    private static String read() {
        try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(String yaml) {
        try {
            return StrictJsonNumbers.MAPPER.writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI description is not valid YAML", e);
        }
    }
}
