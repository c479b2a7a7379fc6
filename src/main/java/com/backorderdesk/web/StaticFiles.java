package com.backorderdesk.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.Map;

/** Serves {@code /static/**} (stylesheet, icons) from the WAR, since Jakarta REST answers at {@code /}. */
@Path("static")
public class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "js", "text/javascript;charset=UTF-8");

    @Context
    ServletContext servletContext;

    @GET
    @Path("{file: [A-Za-z0-9_/-]+\\.[a-z]+}")
    public Response file(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        InputStream content = file.contains("..") ? null : servletContext.getResourceAsStream("/static/" + file);
        if (content == null || !TYPES.containsKey(extension)) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, TYPES.get(extension)).cacheControl(cache).build();
    }
}
