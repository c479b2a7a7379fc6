package com.backorderdesk.backorders;

import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.ApiResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Map;

/** {@code GET /api/backorders} (oldest first) and {@code GET /api/alerts} (newest first). */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class BackorderApi {

    @Inject
    Backorders backorders;
    @Inject
    Alerts alerts;

    @GET
    @Path("backorders")
    public Response backorders(@QueryParam("customer") String customer, @QueryParam("warehouse") String warehouse,
                               @QueryParam("sku") String sku, @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(backorders.waiting(customer, warehouse, sku, PageRequest.of(page, size, 100)));
    }

    /** A clerk's own alerts (the orders they entered), as on the alerts page; managers and admins see everyone's. */
    @GET
    @Path("alerts")
    public Response alerts(@QueryParam("order") String order, @QueryParam("page") String page, @QueryParam("size") String size,
                           @Context SecurityContext security) {
        boolean everyone = security.isUserInRole(Role.MANAGER_NAME) || security.isUserInRole(Role.ADMIN_NAME);
        String recipient = everyone ? null : security.getUserPrincipal().getName();
        return ApiResponses.page(alerts.list(order, recipient, PageRequest.of(page, size, 100)).map(a -> Map.of(
                "order", a.order(), "sku", a.sku(), "quantity", a.quantity(), "source", a.source(), "at", a.at())));
    }
}
