package com.backorderdesk.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.thymeleaf.context.WebContext;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Renders a {@link View} with Thymeleaf. Every page also gets the signed-in user, the flash
 * message, formatting helpers and what each {@link PageDecorator} adds (the CSRF token, the
 * alert badge). Times are shown in the reader's chosen time zone.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {

    @Inject
    Templates templates;
    @Inject
    Instance<PageDecorator> decorators;
    @Inject
    Instance<UserZones> zones;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        WebContext context = new WebContext(templates.application().buildExchange(request, response), request.getLocale());
        context.setVariables(view.model());
        context.setVariable("currentUser", request.getRemoteUser());
        context.setVariable("isAdmin", request.isUserInRole("ADMIN"));
        context.setVariable("isManager", request.isUserInRole("MANAGER") || request.isUserInRole("ADMIN"));
        decorators.forEach(decorator -> context.setVariables(decorator.decorate(request)));
        context.setVariable("flash", Flash.take(request));
        context.setVariable("fmt", templates.format(zoneOf(request.getRemoteUser())));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        context.setVariable("path", path);
        context.setVariable("here", Here.of(path, "GET".equals(request.getMethod()) ? request.getParameterMap() : java.util.Map.of()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        templates.engine().process(view.template(), context, writer);
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ZoneId zoneOf(String user) {
        return user == null || !zones.isResolvable() ? null : zones.get().of(user).orElse(null);
    }
}
