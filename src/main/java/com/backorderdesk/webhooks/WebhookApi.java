package com.backorderdesk.webhooks;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.ApiResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** {@code /api/webhooks} (ADMIN): register endpoints (the signing secret in that answer only), list, remove, the delivery log, send again. */
@Path("api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookApi {

    @Inject
    Webhooks webhooks;

    @POST
    public Response register(WebhookData data) {
        return ApiResponses.created(webhooks.register(data));
    }

    @GET
    public List<WebhookView.Endpoint> list() {
        return webhooks.all().stream().map(e -> WebhookView.Endpoint.of(e, null)).toList();
    }

    @GET
    @Path("{id}")
    public WebhookView.Endpoint get(@PathParam("id") long id) {
        return WebhookView.Endpoint.of(webhooks.get(id), null);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Response deliveries(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(webhooks.deliveries(id, PageRequest.of(page, size, 100)).map(WebhookView.Delivery::of));
    }

    @POST
    @Path("{id}/deliveries/{delivery}/retry")
    public WebhookView.Delivery retry(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        return webhooks.again(id, delivery);
    }
}
