package com.backorderdesk.purchasing;

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

/** {@code /api/purchase-orders}: list, read, and confirm a drop-ship's shipment. */
@Path("api/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PurchasingApi {

    @Inject
    PurchaseOrders purchaseOrders;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("supplier") String supplier, @QueryParam("sku") String sku,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(purchaseOrders.search(Filters.optional(PurchaseOrderStatus.class, status, "status"), supplier, sku, PageRequest.of(page, size, 100)));
    }

    @GET
    @Path("{number}")
    public PurchaseOrderView get(@PathParam("number") String number) {
        return purchaseOrders.get(number);
    }

    /** Goods arrived; restock matching runs in the same transaction: {@code {matches: [{order, sku, quantity}]}}. */
    @Retried
    @Idempotent
    @POST
    @Path("{number}/receipts")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response receive(@PathParam("number") String number, ReceiptData data) {
        return Response.ok(purchaseOrders.receive(number, data)).build();
    }

    @Retried
    @POST
    @Path("{number}/confirm-shipment")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public PurchaseOrderView confirmShipment(@PathParam("number") String number) {
        return purchaseOrders.confirmShipment(number);
    }
}
