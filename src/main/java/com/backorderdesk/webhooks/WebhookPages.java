package com.backorderdesk.webhooks;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Confirm;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Settings → Webhooks (ADMIN): endpoints, a form for a new one (its secret shown once), each one's delivery log. */
@Path("admin/settings/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookPages {

    @Inject
    Webhooks webhooks;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list() {
        return page(FormInput.prefilled(Map.of()), null);
    }

    @POST
    public Response register() {
        FormInput form = new FormInput(request, validator);
        WebhookData data = new WebhookData(form.text("url"), form.all("events"), form.checkbox("allowLoopback"));
        WebhookView.Endpoint registered = form.submit(data, webhooks::register);
        if (registered == null) {
            return Pages.show(page(form, null), 400);
        }
        return Pages.show(page(FormInput.prefilled(Map.of()), registered), 200);
    }

    @GET
    @Path("{id}")
    public View endpoint(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("webhooks/endpoint").with("endpoint", webhooks.get(id))
                .with("page", webhooks.deliveries(id, PageRequest.listed(page, size, 25)));
    }

    @POST
    @Path("{id}/deliveries/{delivery}/retry")
    public Response retry(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        Pages.attempt(request, () -> new Object[]{webhooks.again(id, delivery).event()}, "webhooks.resent");
        return Pages.redirect("/admin/settings/webhooks/{id}", id);
    }

    @GET
    @Path("{id}/remove")
    public View confirmRemove(@PathParam("id") long id) {
        return Confirm.page("confirm.removeWebhook", new Object[]{webhooks.get(id).getUrl()}, "/admin/settings/webhooks/" + id + "/remove",
                Map.of(), "/admin/settings/webhooks/" + id);
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") long id) {
        String url = webhooks.get(id).getUrl();
        webhooks.remove(id);
        Flash.success(request, "webhooks.removed", url);
        return Pages.redirect("/admin/settings/webhooks");
    }

    private View page(FormInput form, WebhookView.Endpoint registered) {
        return View.of("webhooks/endpoints").with("endpoints", webhooks.all()).with("form", form).with("registered", registered)
                .with("events", WebhookEvent.values());
    }
}
