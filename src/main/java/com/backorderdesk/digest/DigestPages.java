package com.backorderdesk.digest;

import com.backorderdesk.platform.Retried;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Digest settings: subscribe and unsubscribe addresses, preview today's digest, send it now. */
@Path("digests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DigestPages {

    @Inject
    Subscriptions subscriptions;
    @Inject
    Digests digests;
    @Inject
    Warehouses warehouses;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View settings() {
        return view(FormInput.prefilled(Map.of("frequency", "DAILY")));
    }

    @POST
    public Response subscribe() {
        FormInput form = new FormInput(request, validator);
        Subscriptions.SubscriptionData data = new Subscriptions.SubscriptionData(form.text("email"), form.text("frequency"),
                form.text("warehouse"));
        return form.save(data, subscriptions::subscribe, Subscriptions.SubscriptionView::email, "digest.subscribed", "/digests", this::view);
    }

    @POST
    @Path("subscriptions/{id}/delete")
    public Response unsubscribe(@PathParam("id") long id) {
        Pages.attempt(request, () -> {
            subscriptions.unsubscribe(id);
            return new Object[]{id};
        }, "digest.unsubscribed");
        return Pages.redirect("/digests");
    }

    @GET
    @Path("preview/{kind}")
    public String preview(@PathParam("kind") String kind) {
        return digests.preview(Frequency.parse(kind, "kind"));
    }

    @Retried
    @POST
    @Path("{kind}/send")
    public Response send(@PathParam("kind") String kind) {
        Digests.Sent sent = digests.send(Frequency.parse(kind, "kind"));
        Flash.success(request, "digest.sent", sent.sent(), kind, sent.period());
        return Pages.redirect("/digests");
    }

    private View view(FormInput form) {
        boolean admin = request.isUserInRole(Role.ADMIN_NAME);
        return View.of("digest/settings").with("form", form).with("all", admin).with("warehouses", warehouses.all())
                .with("subscriptions", subscriptions.list(admin ? null : request.getRemoteUser()));
    }
}
