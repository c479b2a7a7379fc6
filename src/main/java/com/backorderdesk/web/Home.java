package com.backorderdesk.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The landing page after login. */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class Home {

    @GET
    public View home() {
        return View.of("home");
    }
}
