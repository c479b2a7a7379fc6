package com.backorderdesk.web;

import com.backorderdesk.platform.Page;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** API responses that every resource answers the same way (docs/API.md, "Conventions"). */
public final class ApiResponses {

    private ApiResponses() {
    }

    /** 201 with the created object. */
    public static Response created(Object body) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The JSON the API would answer for this object (records by their component names). */
    public static String text(Object value) {
        try {
            return StrictJsonNumbers.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Not writable as JSON: " + value.getClass(), e);
        }
    }

    /** The items of one page, with the number of all matching items in {@code X-Total-Count}. */
    public static Response page(Page<?> page) {
        return Response.ok(page.items(), MediaType.APPLICATION_JSON_TYPE).header("X-Total-Count", page.total()).build();
    }
}
