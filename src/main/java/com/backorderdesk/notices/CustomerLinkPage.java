package com.backorderdesk.notices;

import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * {@code /c/{token}}: the page a customer reaches from the link in a notice, without signing in,
 * in a layout of its own (no staff navigation, nothing beyond this order). A choice is asked
 * for, confirmed on a second page, and then made with a POST carrying the CSRF token.
 * Requests are limited per source address ({@link LinkRateLimit}).
 */
@Path("c/{token}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CustomerLinkPage {

    @Inject
    CustomerChoices choices;
    @Context
    HttpServletRequest request;

    @GET
    public Response show(@PathParam("token") String token) {
        return page(token, () -> View.of("notices/link").with("page", choices.open(token)));
    }

    /** Asks before anything changes: what the choice does to this order. */
    @GET
    @Path("choose")
    public Response confirm(@PathParam("token") String token, @QueryParam("choice") String name) {
        return page(token, () -> {
            CustomerChoices.LinkPage page = choices.open(token);
            Choice choice = Choice.parse(name);
            if (page.made() != null || choice == null || !page.open().contains(choice)) {
                return View.of("notices/link").with("page", page).with("refused", page.made() != null ? null
                        : "That choice is not possible for this order now. The choices still open are below.");
            }
            return View.of("notices/confirm").with("page", page).with("choice", choice.name());
        });
    }

    @Retried
    @POST
    @Path("choose")
    public Response choose(@PathParam("token") String token, @FormParam("choice") String name) {
        return page(token, () -> {
            Choice choice = Choice.parse(name);
            if (choice == null) {
                throw Problem.invalid("choice", "Choose one of the choices on the page.");
            }
            CustomerChoices.LinkPage page = choices.choose(token, choice, request.getRemoteAddr());
            return View.of("notices/link").with("page", page).with("justMade", page.justMade()).with("alreadyMade", !page.justMade());
        });
    }

    /** The page, or the refusal in the same layout: 404 for a link that never was, 409 for one that expired or a choice no longer possible. */
    private static Response page(String token, Supplier<View> view) {
        try {
            return Pages.show(view.get().with("token", token), 200);
        } catch (Problem problem) {
            return Pages.show(View.of("notices/refused").with("message", problem.getMessage()), problem.kind().status);
        }
    }
}
