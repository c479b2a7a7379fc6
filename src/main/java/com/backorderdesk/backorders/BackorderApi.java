package com.backorderdesk.backorders;

import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
        return Json.page(backorders.waiting(customer, warehouse, sku, PageRequest.of(page, size, 100)));
    }

    @GET
    @Path("alerts")
    public Response alerts(@QueryParam("order") String order, @QueryParam("page") String page, @QueryParam("size") String size) {
        return Json.page(alerts.list(order, null, PageRequest.of(page, size, 100)).map(a -> Map.of(
                "order", a.order(), "sku", a.sku(), "quantity", a.quantity(), "source", a.source(), "at", a.at())));
    }
}
