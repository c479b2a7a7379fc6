package com.backorderdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /api-docs}: the API description for people, rendered by Swagger UI (from its WebJar,
 * served from here under the pages' own CSP: no inline script, no other origin).
 */
@Path("api-docs")
@PermitAll
public class ApiDocs {

    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css;charset=UTF-8",
            "swagger-ui-bundle.js", "text/javascript;charset=UTF-8");
    private static final String VERSION = webJarVersion();

    @Context
    ServletContext servletContext;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View page() {
        return View.of("api-docs");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        InputStream content = FILES.containsKey(file)
                ? servletContext.getResourceAsStream("/webjars/swagger-ui/" + VERSION + "/" + file) : null;
        if (content == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, FILES.get(file)).cacheControl(cache).build();
    }

    private static String webJarVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The Swagger UI WebJar is missing", e);
        }
    }
}
