package com.backorderdesk.backorders;

import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The landing page: the backorder dashboard, filtered by warehouse and customer. */
@Path("")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DashboardPage {

    @Inject
    DashboardCache dashboard;
    @Inject
    Warehouses warehouses;

    @GET
    public View home(@QueryParam("warehouse") String warehouse, @QueryParam("customer") String customer) {
        return View.of("backorders/dashboard").with("d", dashboard.view(warehouse, customer))
                .with("warehouse", warehouse).with("customer", customer).with("warehouses", warehouses.all());
    }
}
