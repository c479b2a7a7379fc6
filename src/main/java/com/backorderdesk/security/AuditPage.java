package com.backorderdesk.security;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail, newest first, searchable by user, action or record (ADMIN). */
@Path("admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditPage {

    @Inject
    Audit audit;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("security/audit").with("q", q).with("page", audit.search(q, sort, PageRequest.listed(page, size, 50)));
    }
}
