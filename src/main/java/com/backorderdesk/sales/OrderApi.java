package com.backorderdesk.sales;

import com.backorderdesk.ordering.OrderView;
import com.backorderdesk.restocking.Explanations;
import com.backorderdesk.web.Idempotent;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.platform.Filters;
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

/** {@code /api/orders}: place (processed at once), preview, read, list, cancel what is backordered. */
@Path("api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class OrderApi {

    @Inject
    SalesOrders orders;

    @Retried
    @Idempotent
    @POST
    public Response place(OrderData data) {
        return ApiResponses.created(orders.place(data));
    }

    @POST
    @Path("preview")
    public OrderView preview(OrderData data) {
        return orders.preview(data);
    }

    @POST
    @Path("advice")
    public SalesOrders.AdviceView advice(OrderData data) {
        return orders.advice(data);
    }

    @GET
    @Path("{number}")
    public OrderView get(@PathParam("number") String number) {
        return orders.get(number);
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("customer") String customer,
                         @QueryParam("warehouse") String warehouse, @QueryParam("q") String q,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(orders.search(Filters.optional(OrderStatus.class, status, "status"), customer, warehouse, q, PageRequest.of(page, size, 100)));
    }

    @Retried
    @GET
    @Path("{number}/explanation")
    public Explanations.Explanation explanation(@PathParam("number") String number) {
        return orders.explanation(number);
    }

    @Retried
    @Idempotent
    @POST
    @Path("{number}/cancel-backorder")
    public Response cancelBackorder(@PathParam("number") String number) {
        return Response.ok(orders.cancelBackorder(number)).build();
    }
}
