package com.backorderdesk.mail;

import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.PageRequest;
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

/** The admin's view of outgoing mail: pending, sent, failed with the error; retry a failed one. */
@Path("admin/outbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxPage {

    @Inject
    Outbox outbox;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page,
                     @QueryParam("size") String size) {
        return View.of("mail/outbox").with("status", status).with("statuses", OutboxMail.Status.values())
                .with("page", outbox.list(Filters.optional(OutboxMail.Status.class, status, "status"), sort, PageRequest.listed(page, size, 50)));
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") long id) {
        outbox.retry(id);
        Flash.success(request, "outbox.retried", id);
        return Pages.redirect("/admin/outbox");
    }
}
