package com.backorderdesk.security;

import com.backorderdesk.platform.PageRequest;
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

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The admin's user pages: list, create, change email and roles, reset password, disable and enable. */
@Path("admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class UserPages {

    @Inject
    Accounts accounts;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("security/users").with("q", q).with("page", accounts.search(q, sort, PageRequest.listed(page, size, 25)));
    }

    @GET
    @Path("new")
    public View newUser() {
        return form(FormInput.prefilled(Map.of("roles", java.util.List.of(Role.CLERK.name()))), null);
    }

    @POST
    public Response create() {
        FormInput form = new FormInput(request, validator);
        UserData data = new UserData(form.text("username"), form.text("email"), roles(form));
        String password = request.getParameter("password");
        AppUser created = form.submit(data, d -> accounts.create(d, password));
        if (created == null) {
            return Pages.show(form(form, null), 400);
        }
        Flash.success(request, "user.created", created.getUsername());
        return Pages.redirect("/admin/users/{username}", created.getUsername());
    }

    @GET
    @Path("{username}")
    public View edit(@PathParam("username") String username) {
        AppUser user = accounts.get(username);
        return form(FormInput.prefilled(Map.of("username", user.getUsername(), "email", user.getEmail(),
                "roles", user.roleNames().stream().toList())), user);
    }

    @POST
    @Path("{username}")
    public Response change(@PathParam("username") String username) {
        AppUser user = accounts.get(username);
        FormInput form = new FormInput(request, validator);
        UserData data = new UserData(username, form.text("email"), roles(form));
        if (form.submit(data, d -> accounts.change(username, d)) == null) {
            return Pages.show(form(form, user), 400);
        }
        Flash.success(request, "user.updated", username);
        return Pages.redirect("/admin/users/{username}", username);
    }

    @POST
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username) {
        AppUser user = accounts.get(username);
        FormInput form = new FormInput(request, validator);
        String password = request.getParameter("password");
        if (form.run(() -> accounts.resetPassword(username, password)) == null) {
            FormInput shown = FormInput.prefilled(Map.of("username", user.getUsername(), "email", user.getEmail(),
                    "roles", user.roleNames().stream().toList()));
            return Pages.show(form(shown, user).with("passwordForm", form), 400);
        }
        Flash.success(request, "user.passwordReset", username);
        return Pages.redirect("/admin/users/{username}", username);
    }

    /** Asks before disabling: a person loses access at once. */
    @GET
    @Path("{username}/disable")
    public View confirmDisable(@PathParam("username") String username) {
        return View.of("security/user-disable").with("user", accounts.get(username));
    }

    @POST
    @Path("{username}/enabled")
    public Response setEnabled(@PathParam("username") String username) {
        boolean enabled = Boolean.parseBoolean(request.getParameter("enabled"));
        if (!enabled && username.equals(request.getRemoteUser())) {
            Flash.error(request, "user.cannotDisableSelf");
            return Pages.redirect("/admin/users/{username}", username);
        }
        accounts.setEnabled(username, enabled);
        Flash.success(request, enabled ? "user.enabled" : "user.disabled", username);
        return Pages.redirect("/admin/users/{username}", username);
    }

    private static Set<Role> roles(FormInput form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.all("roles")) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static View form(FormInput form, AppUser editing) {
        return View.of("security/user-form").with("form", form).with("editing", editing)
                .with("allRoles", Role.values()).with("passwordForm", FormInput.prefilled(Map.of()));
    }
}
