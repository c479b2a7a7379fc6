package com.backorderdesk.sales;

import com.backorderdesk.ordering.Policies;
import com.backorderdesk.planning.BackorderPolicy;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The admin's settings: the system default backorder policy. */
@Path("admin/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsPage {

    @Inject
    Policies policies;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View show() {
        return view(FormInput.prefilled(Map.of("policy", policies.systemDefault().toString())));
    }

    @POST
    public Response change() {
        FormInput form = new FormInput(request, validator);
        String policy = form.text("policy");
        BackorderPolicy changed = form.run(() -> policies.changeSystemDefault(policy));
        if (changed == null) {
            return Pages.show(view(form), 400);
        }
        Flash.success(request, "settings.saved", changed.toString());
        return Pages.redirect("/admin/settings");
    }

    private static View view(FormInput form) {
        return View.of("ordering/settings").with("form", form).with("policies", OrderPages.COMMON_POLICIES);
    }
}
