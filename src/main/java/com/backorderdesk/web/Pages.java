package com.backorderdesk.web;

import com.backorderdesk.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;
import java.util.function.Supplier;

/** Responses that page resources share. */
public final class Pages {

    private Pages() {
    }

    /** 303 to a path template filled (and escaped) with the values, e.g. {@code "/products/{sku}"}. */
    public static Response redirect(String pathTemplate, Object... values) {
        return seeOther(UriBuilder.fromPath(pathTemplate).build(values));
    }

    /**
     * 303 to a path of this application, as a relative {@code Location}: the browser resolves it
     * against the address it used, so a forged {@code Host} header can never send anyone elsewhere.
     */
    public static Response seeOther(URI path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path.toString()).build();
    }

    /**
     * Runs the step behind a page's button. Its result is the arguments of the success message;
     * a refusal (a state that does not allow it) becomes an error message on the next page; an
     * unknown record stays a 404.
     */
    public static void attempt(HttpServletRequest request, Supplier<Object[]> step, String successKey) {
        try {
            Flash.success(request, successKey, step.get());
        } catch (Problem problem) {
            if (problem.kind() == Problem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.error(request, "action.refused", problem.getMessage());
        }
    }

    /** A page shown with a status other than 200 (a form with errors answers 400). */
    public static Response show(View view, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(view).build();
    }
}
