package com.backorderdesk.digest;

import com.backorderdesk.platform.Retried;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.ApiResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/digest-subscriptions} and {@code POST /api/digests/{daily|weekly}/send} (MANAGER, ADMIN). */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DigestApi {

    @Inject
    Subscriptions subscriptions;
    @Inject
    Digests digests;

    @POST
    @Path("digest-subscriptions")
    public Response subscribe(Subscriptions.SubscriptionData data) {
        return ApiResponses.created(subscriptions.subscribe(data));
    }

    @Retried
    @POST
    @Path("digests/{kind}/send")
    public Digests.Sent send(@PathParam("kind") String kind) {
        return digests.send(Frequency.parse(kind, "kind"));
    }
}
