package com.backorderdesk.digest;

import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Words;
import com.backorderdesk.web.Confirm;
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

    /** Asks first: an unsubscribed address gets no more digests. */
    @GET
    @Path("subscriptions/{id}/delete")
    public View confirmUnsubscribe(@PathParam("id") long id) {
        Subscriptions.SubscriptionView s = visible(id);
        return Confirm.page("confirm.unsubscribe", new Object[]{s.email(), Words.of(s.frequency())}, "/digests/subscriptions/" + id + "/delete",
                Map.of(), "/digests");
    }

    @POST
    @Path("subscriptions/{id}/delete")
    public Response unsubscribe(@PathParam("id") long id) {
        Subscriptions.SubscriptionView s = visible(id);
        Pages.attempt(request, () -> {
            subscriptions.unsubscribe(id);
            return new Object[]{s.email(), Words.of(s.frequency())};
        }, "digest.unsubscribed");
        return Pages.redirect("/digests");
    }

    /** A subscription this user may see (an admin: any), or 404 as if there were none. */
    private Subscriptions.SubscriptionView visible(long id) {
        return subscriptions.list(request.isUserInRole(Role.ADMIN_NAME) ? null : request.getRemoteUser()).stream()
                .filter(s -> s.id() == id).findFirst().orElseThrow(() -> Problem.notFound("id", "Unknown subscription " + id + "."));
    }

    /** Asks first: a digest sent now goes to every subscriber of this period at once. */
    @GET
    @Path("{kind}/send")
    public View confirmSend(@PathParam("kind") String kind) {
        Frequency frequency = Frequency.parse(kind, "kind");
        return Confirm.page("confirm.sendDigest", new Object[]{Words.of(frequency)}, "/digests/" + kind + "/send", Map.of(), "/digests");
    }

    /** The digest as it would be sent, inside the pages' layout (the mail itself in a sandboxed frame). */
    @GET
    @Path("preview/{kind}")
    public View preview(@PathParam("kind") String kind) {
        return View.of("digest/preview").with("kind", Frequency.parse(kind, "kind").label());
    }

    /**
     * The mail's HTML alone, for the preview's frame: its inline styles are allowed here only
     * (SecurityHeaders gives this address a policy of its own: no scripts, only this site may frame it).
     */
    @GET
    @Path("preview/{kind}/mail")
    public String previewMail(@PathParam("kind") String kind) {
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
