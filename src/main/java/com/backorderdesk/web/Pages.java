package com.backorderdesk.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** Responses that page resources share. */
public final class Pages {

    private Pages() {
    }

    /** 303 to a path template filled (and escaped) with the values, e.g. {@code "/products/{sku}"}. */
    public static Response redirect(String pathTemplate, Object... values) {
        return Response.seeOther(UriBuilder.fromPath(pathTemplate).build(values)).build();
    }

    /** A page shown with a status other than 200 (a form with errors answers 400). */
    public static Response show(View view, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(view).build();
    }
}
