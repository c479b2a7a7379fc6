package com.backorderdesk.shipping;

import java.util.Map;
import com.backorderdesk.web.Confirm;
import com.backorderdesk.platform.Words;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/** The pick-pack-ship work queue with its pick lists, and the transfers. */
@Path("")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ShippingPages {

    @Inject
    Shipping shipping;
    @Inject
    Warehouses warehouses;
    @Inject
    Audit audit;
    @Context
    HttpServletRequest request;

    @GET
    @Path("shipments")
    public View queue(@QueryParam("warehouse") String warehouse, @QueryParam("status") String status, @QueryParam("sort") String sort,
                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("shipping/shipments").with("warehouse", warehouse).with("status", status)
                .with("warehouses", warehouses.all()).with("statuses", ShipmentStatus.values())
                .with("page", shipping.queue(warehouse, Filters.optional(ShipmentStatus.class, status, "status"), sort, PageRequest.listed(page, size, 25)));
    }

    @GET
    @Path("shipments/{id}")
    public View shipment(@PathParam("id") String id) {
        ShipmentView shipment = shipping.getShipment(id);
        ShipmentStatus next = ShipmentStatus.valueOf(shipment.status()).next();
        return View.of("shipping/shipment").with("shipment", shipment).with("next", next == null ? null : next.name())
                .with("history", audit.history(id));
    }

    /** The pick list to print: what to pick, from which bin, for whom, with a line to sign. */
    @GET
    @Path("shipments/{id}/print")
    public View print(@PathParam("id") String id) {
        return View.of("shipping/pick-list").with("list", shipping.pickList(id));
    }

    /** Asks before the step to SHIPPED: it takes the stock off the shelf's books and cannot be undone. */
    @GET
    @Path("shipments/{id}/ship")
    public View confirmShip(@PathParam("id") String id) {
        ShipmentView shipment = shipping.getShipment(id);
        return Confirm.page("confirm.ship", new Object[]{id, shipment.order()}, "/shipments/" + id + "/status",
                Map.of("status", ShipmentStatus.SHIPPED.name()), "/shipments/" + id);
    }

    @Retried
    @POST
    @Path("shipments/{id}/status")
    public Response advance(@PathParam("id") String id, @FormParam("status") String status) {
        Pages.attempt(request, () -> new Object[]{id, Words.of(shipping.advance(id, Filters.required(ShipmentStatus.class, status, "status")).status())}, "shipment.advanced");
        return Pages.redirect("/shipments/{id}", id);
    }

    @GET
    @Path("transfers")
    public View transfers(@QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        return View.of("shipping/transfers").with("status", status).with("statuses", TransferStatus.values())
                .with("page", shipping.transfers(Filters.optional(TransferStatus.class, status, "status"), sort, PageRequest.listed(page, size, 25)));
    }

    @GET
    @Path("transfers/{id}")
    public View transfer(@PathParam("id") String id) {
        return View.of("shipping/transfer").with("transfer", shipping.getTransfer(id)).with("history", audit.history(id));
    }

    @Retried
    @POST
    @Path("transfers/{id}/ship")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response ship(@PathParam("id") String id) {
        Pages.attempt(request, () -> new Object[]{shipping.ship(id).id()}, "transfer.shippedFlash");
        return Pages.redirect("/transfers/{id}", id);
    }

    @Retried
    @POST
    @Path("transfers/{id}/receive")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response receive(@PathParam("id") String id) {
        Pages.attempt(request, () -> new Object[]{shipping.receive(id).id()}, "transfer.receivedFlash");
        return Pages.redirect("/transfers/{id}", id);
    }
}
