package com.backorderdesk.web;

import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Races;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure becomes a clear answer: on {@code /api} a JSON body {@code {"error", "field"}}
 * with 400, 401, 403, 404 or 409, never a stack trace; on pages the error page with the same
 * message. Unexpected failures are logged and answered 500 without details.
 */
@Provider
public class Errors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Errors.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        int status;
        String message;
        String field = null;
        Map<String, String> fieldErrors = Map.of();
        if (cause instanceof Problem problem) {
            status = problem.kind().status;
            message = problem.getMessage();
            field = problem.field();
            fieldErrors = problem.fieldErrors();
        } else if (cause instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            message = switch (status) {
                case 400 -> "Bad request: " + (web.getMessage() == null ? "the request could not be read." : web.getMessage());
                case 403 -> "You are signed in, but your role does not allow this.";
                case 404 -> "Nothing here: the address is unknown.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address cannot answer in the requested format.";
                case 415 -> "Send JSON with Content-Type: application/json.";
                default -> web.getMessage();
            };
        } else if (cause instanceof ProcessingException || cause instanceof jakarta.json.bind.JsonbException
                || cause instanceof jakarta.json.JsonException) {
            status = 400;
            message = "Malformed JSON: the request body could not be read as the expected JSON object.";
        } else if (Races.lost(cause) || Races.waitedTooLong(cause)) {
            status = 409;
            message = "Someone else changed this at the same time. Reload and try again.";
        } else {
            status = 500;
            message = "Something went wrong on our side. The error has been logged.";
            LOG.log(Level.SEVERE, "Unexpected failure on " + uriInfo.getPath(), thrown);
        }
        if (isApi()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            if (field != null) {
                body.put("field", field);
            }
            if (fieldErrors.size() > 1) {
                // every field at fault, beside the first one's "error" and "field" (docs/API.md)
                body.put("errors", fieldErrors);
            }
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
        }
        return Pages.show(View.of("error").with("status", status).with("message", message), status);
    }

    private boolean isApi() {
        String path = uriInfo.getPath();
        return path.startsWith("api/") || path.startsWith("/api/") || path.equals("api") || path.equals("/api");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof EJBException || cause instanceof jakarta.transaction.RollbackException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProcessingException && cause.getCause() instanceof Problem problem) {
            return problem;
        }
        return cause;
    }
}
