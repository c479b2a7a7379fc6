package com.backorderdesk.security;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** {@code /api/tokens} (ADMIN): create (the token is in this one answer only), list, revoke. */
@Path("api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokenApi {

    @Inject
    ApiTokens tokens;

    @POST
    public Response create(ApiTokenData data) {
        return ApiResponses.created(tokens.create(data));
    }

    @GET
    public List<ApiTokenView> list() {
        return tokens.all().stream().map(ApiTokenView::of).toList();
    }

    @DELETE
    @Path("{id}")
    public ApiTokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
