package com.backorderdesk.shipping;

import com.backorderdesk.platform.Filters;
import com.backorderdesk.web.Idempotent;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.ApiResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pick-pack-ship records ({@code /api/shipments}) and transfers ({@code /api/transfers}). */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ShippingApi {

    @Inject
    Shipping shipping;

    public record StatusChange(String status) {
    }

    @GET
    @Path("shipments")
    public Response shipments(@QueryParam("warehouse") String warehouse, @QueryParam("status") String status,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(shipping.queue(warehouse, Filters.optional(ShipmentStatus.class, status, "status"), PageRequest.of(page, size, 100)));
    }

    @GET
    @Path("shipments/{id}")
    public ShipmentView shipment(@PathParam("id") String id) {
        return shipping.getShipment(id);
    }

    @Retried
    @POST
    @Path("shipments/{id}/status")
    public ShipmentView advance(@PathParam("id") String id, StatusChange change) {
        return shipping.advance(id, Filters.required(ShipmentStatus.class, change == null ? null : change.status(), "status"));
    }

    @GET
    @Path("transfers")
    public Response transfers(@QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(shipping.transfers(Filters.optional(TransferStatus.class, status, "status"), PageRequest.of(page, size, 100)));
    }

    @GET
    @Path("transfers/{id}")
    public TransferView transfer(@PathParam("id") String id) {
        return shipping.getTransfer(id);
    }

    @Retried
    @Idempotent
    @POST
    @Path("transfers/{id}/ship")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response ship(@PathParam("id") String id) {
        return Response.ok(shipping.ship(id)).build();
    }

    @Retried
    @Idempotent
    @POST
    @Path("transfers/{id}/receive")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response receive(@PathParam("id") String id) {
        return Response.ok(shipping.receive(id)).build();
    }
}
