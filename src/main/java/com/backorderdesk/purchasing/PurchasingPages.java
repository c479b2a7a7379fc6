package com.backorderdesk.purchasing;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Purchase order pages: list with filters, detail, confirming a drop-ship's shipment. */
@Path("purchase-orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PurchasingPages {

    @Inject
    PurchaseOrders purchaseOrders;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("status") String status, @QueryParam("supplier") String supplier, @QueryParam("sku") String sku,
                     @QueryParam("page") Integer page) {
        return View.of("purchasing/purchase-orders").with("status", status).with("supplier", supplier).with("sku", sku)
                .with("statuses", PurchaseOrderStatus.values())
                .with("page", purchaseOrders.search(status, supplier, sku, PageRequest.of(page, 25, 25)));
    }

    @GET
    @Path("{number}")
    public View detail(@PathParam("number") String number) {
        return View.of("purchasing/purchase-order").with("po", purchaseOrders.get(number));
    }

    @POST
    @Path("{number}/confirm-shipment")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response confirmShipment(@PathParam("number") String number) {
        try {
            purchaseOrders.confirmShipment(number);
            Flash.success(request, "purchaseOrder.confirmed", number);
        } catch (Problem problem) {
            if (problem.kind() == Problem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.error(request, "action.refused", problem.getMessage());
        }
        return Pages.redirect("/purchase-orders/{number}", number);
    }
}
