package com.backorderdesk.security;

import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URISyntaxException;

/** The login form ({@code /login}) and sign-out ({@code POST /logout}). */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @Inject
    SecurityContext securityContext;
    @Inject
    SecurityEvents events;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    public Object form(@QueryParam("next") String next, @QueryParam("bye") String bye) {
        if (request.getRemoteUser() != null) {
            return Pages.seeOther(URI.create(safeNext(next)));
        }
        return View.of("login").with("next", safeNext(next)).with("username", "").with("signedOut", bye != null);
    }

    @POST
    @Path("login")
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return failed(username, next, "login.missing");
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return Pages.seeOther(URI.create(safeNext(next)));
        }
        return failed(username, next, "login.invalid");
    }

    private Response failed(String username, String next, String messageKey) {
        return Pages.show(View.of("login").with("next", safeNext(next)).with("username", username == null ? "" : username)
                .with("error", messageKey).with("signedOut", false), 401);
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (request.getRemoteUser() != null) {
            events.record("logout", request.getRemoteUser(), request.getRemoteAddr(), null);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Pages.seeOther(URI.create("/login?bye"));
    }

    /**
     * Only paths of this application, never another site (no open redirect): no white space or
     * control characters either (a browser drops a tab, and "/\t/evil.example" becomes
     * "//evil.example"), and nothing that is not a plain path; anything else is "/".
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")
                || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
