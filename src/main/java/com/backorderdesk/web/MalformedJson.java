package com.backorderdesk.web;

import com.backorderdesk.platform.Problem;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.Set;

/**
 * A request body that is not the expected JSON (broken syntax, a word where a number belongs,
 * an array for an object) becomes a {@link Problem}, so it is answered like every other
 * invalid input: 400 with a JSON error, never the JSON provider's plain text.
 */
@Provider
public class MalformedJson implements ReaderInterceptor {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // the JSON provider reports a parse failure as an IOException (Jackson's own)
            if (e instanceof Problem || e instanceof WebApplicationException web && web.getResponse().getStatus() != 400) {
                throw e;
            }
            String field = fieldOf(e);
            if (field != null) {
                throw Problem.invalid(field, "Malformed JSON: " + whatIsWrongWith(field, e));
            }
            throw Problem.invalid(null, "Malformed JSON: the body is not the expected JSON object "
                    + "(check brackets and quotes, and that numbers are not in quotes).");
        }
    }

    private static String whatIsWrongWith(String field, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException) {
                return "'" + field + "' is not a field of this request.";
            }
            if (t instanceof MismatchedInputException mismatch && WHOLE_NUMBERS.contains(mismatch.getTargetType())) {
                return "'" + field + "' must be a whole number.";
            }
        }
        return "'" + field + "' has a value of the wrong type.";
    }

    /** The JSON path of the value that could not be read, e.g. {@code lines[0].quantity}. */
    static String fieldOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    if (ref.getFieldName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }
}
