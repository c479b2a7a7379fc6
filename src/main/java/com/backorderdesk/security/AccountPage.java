package com.backorderdesk.security;

import com.backorderdesk.web.Flash;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.Templates;
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

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Each user's own page ({@code /account}): the time zone they read times in. */
@Path("account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class AccountPage {

    /** Region zones only ("Europe/Berlin"), as people know them; sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+") || id.equals("UTC"))
            .sorted().toList();

    @Inject
    Accounts accounts;
    @Inject
    Templates templates;
    @Inject
    Validator validator;
    @Inject
    Clock clock;
    @Context
    HttpServletRequest request;

    @GET
    public View show() {
        AppUser user = accounts.get(request.getRemoteUser());
        return view(FormInput.prefilled(Map.of("timeZone", user.timeZone().map(ZoneId::getId).orElse(""))), user);
    }

    @POST
    public Response save() {
        AppUser user = accounts.get(request.getRemoteUser());
        FormInput form = new FormInput(request, validator);
        String chosen = form.text("timeZone");
        ZoneId zone = chosen == null || chosen.isBlank() || !ZONES.contains(chosen) ? null : ZoneId.of(chosen);
        if (zone == null && chosen != null && !chosen.isBlank()) {
            form.reject("timeZone", "'" + chosen + "' is not a time zone of the list");
            return Pages.show(view(form, user), 400);
        }
        accounts.chooseTimeZone(user.getUsername(), zone);
        Flash.success(request, "account.saved", zone == null ? templates.defaultZone().getId() : zone.getId());
        return Pages.redirect("/account");
    }

    private View view(FormInput form, AppUser user) {
        return View.of("security/account").with("form", form).with("user", user).with("zones", ZONES)
                .with("systemZone", templates.defaultZone().getId()).with("now", clock.instant());
    }
}
