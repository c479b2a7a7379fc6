package com.backorderdesk.catalog;

import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /suggest/customers?q=}, {@code /suggest/products?q=} and {@code /suggest/suppliers?q=}: what the pages' fields
 * suggest as a clerk types (static/suggest.js fills their datalists): up to 15 whose code or
 * name contains the text, any case. For the pages (signed-in session), not the API.
 */
@Path("suggest")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Suggestions {

    static final int MAX = 15;

    /** One suggestion: what goes into the field, and what the list shows beside it. */
    public record Suggestion(String value, String label) {
    }

    @Inject
    Customers customers;
    @Inject
    Products products;
    @Inject
    Suppliers suppliers;

    @GET
    @Path("customers")
    public List<Suggestion> customers(@QueryParam("q") String q) {
        return customers.search(q, new PageRequest(0, MAX)).items().stream().map(c -> new Suggestion(c.getCode(), c.getName())).toList();
    }

    @GET
    @Path("products")
    public List<Suggestion> products(@QueryParam("q") String q) {
        Page<Product> found = products.search(q, new PageRequest(0, MAX));
        return found.items().stream().map(p -> new Suggestion(p.getSku(), p.getName())).toList();
    }

    @GET
    @Path("suppliers")
    public List<Suggestion> suppliers(@QueryParam("q") String q) {
        return suppliers.search(q, null, new PageRequest(0, MAX)).items().stream().map(s -> new Suggestion(s.getCode(), s.getName())).toList();
    }
}
