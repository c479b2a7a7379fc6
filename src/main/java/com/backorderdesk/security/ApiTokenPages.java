package com.backorderdesk.security;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Settings → API tokens (ADMIN): the tokens, a form for a new one, whose token is shown once, and revoking. */
@Path("admin/settings/api-tokens")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokenPages {

    @Inject
    ApiTokens tokens;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list() {
        return page(FormInput.prefilled(Map.of("role", Role.CLERK.name())), null);
    }

    /** Creates the token and shows it on this answer, the only time it is ever shown. */
    @POST
    public Response create() {
        FormInput form = new FormInput(request, validator);
        ApiTokenView created = form.submit(new ApiTokenData(form.text("name"), role(form.text("role"))), tokens::create);
        if (created == null) {
            return Pages.show(page(form, null), 400);
        }
        return Pages.show(page(FormInput.prefilled(Map.of("role", Role.CLERK.name())), created), 200);
    }

    @GET
    @Path("{id}/revoke")
    public View confirmRevoke(@PathParam("id") long id) {
        ApiToken token = tokens.get(id);
        return Confirm.page("confirm.revokeToken", new Object[]{token.getName()}, "/admin/settings/api-tokens/" + id + "/revoke",
                Map.of(), "/admin/settings/api-tokens");
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        ApiTokenView revoked = tokens.revoke(id);
        Flash.success(request, "apiTokens.revoked", revoked.name());
        return Pages.redirect("/admin/settings/api-tokens");
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private View page(FormInput form, ApiTokenView created) {
        return View.of("security/api-tokens").with("tokens", tokens.all()).with("form", form).with("created", created)
                .with("roles", Role.values());
    }
}
