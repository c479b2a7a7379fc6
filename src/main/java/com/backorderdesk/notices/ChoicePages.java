package com.backorderdesk.notices;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /customer-choices}: what customers chose from their links, for the clerks who entered the orders (managers see everyone's). */
@Path("customer-choices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ChoicePages {

    /** A choice as the list shows it. */
    public record Row(String order, String customer, String choice, String at, String recipient, boolean read) {
        static Row of(CustomerChoice c) {
            return new Row(c.getOrder().getNumber(), c.getOrder().getCustomer().getName(), c.getChoice().name(),
                    c.getAt().toString(), c.getRecipient(), c.isRead());
        }
    }

    @Inject
    CustomerChoices choices;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("all") String all, @QueryParam("page") String page, @QueryParam("size") String size) {
        boolean everyone = all != null && (request.isUserInRole(Role.MANAGER_NAME) || request.isUserInRole(Role.ADMIN_NAME));
        return View.of("notices/choices").with("all", everyone)
                .with("page", choices.list(everyone ? null : request.getRemoteUser(), PageRequest.listed(page, size, 50)).map(Row::of));
    }

    @POST
    @Path("read")
    public Response markRead() {
        choices.markAllRead(request.getRemoteUser());
        return Pages.redirect("/customer-choices");
    }
}
