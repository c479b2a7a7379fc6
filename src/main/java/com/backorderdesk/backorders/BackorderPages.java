package com.backorderdesk.backorders;

import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.restocking.Restocking;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The backorder list (oldest first, filters, CSV), "match now" for fillable orders, and the alerts page. */
@Path("")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class BackorderPages {

    @Inject
    Backorders backorders;
    @Inject
    Restocking restocking;
    @Inject
    Alerts alerts;
    @Inject
    Warehouses warehouses;
    @Context
    HttpServletRequest request;

    @GET
    @Path("backorders")
    public View list(@QueryParam("customer") String customer, @QueryParam("warehouse") String warehouse,
                     @QueryParam("sku") String sku, @QueryParam("sort") String sort, @QueryParam("page") String page,
                     @QueryParam("size") String size) {
        return View.of("backorders/backorders").with("customer", customer).with("warehouse", warehouse).with("sku", sku)
                .with("warehouses", warehouses.all())
                .with("page", backorders.waiting(customer, warehouse, sku, sort, PageRequest.listed(page, size, 25)));
    }

    /** The whole filtered list as CSV, for a spreadsheet: written as it is read, so the download starts at once. */
    @GET
    @Path("backorders.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("customer") String customer, @QueryParam("warehouse") String warehouse, @QueryParam("sku") String sku) {
        StreamingOutput rows = output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.write("order,customer,warehouse,status,rush,age_days,waiting,expected,fillable_now,value\r\n");
            backorders.eachWaiting(customer, warehouse, sku, chunk -> {
                try {
                    for (BackorderView order : chunk) {
                        csv.write(row(order));
                    }
                    csv.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        };
        return Response.ok(rows, "text/csv;charset=UTF-8").header("Content-Disposition", "attachment; filename=\"backorders.csv\"").build();
    }

    private static String row(BackorderView b) {
        return String.join(",", cell(b.order()), cell(b.customerName()), cell(b.warehouse()), cell(b.status()),
                String.valueOf(b.rush()), String.valueOf(b.ageDays()),
                cell(b.waiting().stream().map(w -> w.quantity() + " x " + w.sku()).collect(Collectors.joining("; "))),
                cell(b.waiting().stream().map(w -> w.expected() == null ? "-" : w.expected()).collect(Collectors.joining("; "))),
                String.valueOf(b.fillableNow()), b.value().toPlainString()) + "\r\n";
    }

    /** A CSV cell: quoted, quotes doubled, and no leading formula characters for spreadsheets. */
    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Retried
    @POST
    @Path("backorders/match")
    public Response matchNow(@FormParam("order") String number) {
        int matched = restocking.matchFor(number);
        Flash.success(request, matched == 0 ? "backorders.nothingMatched" : "backorders.matched", number, matched);
        return Pages.redirect("/backorders");
    }

    @GET
    @Path("alerts")
    public View alerts(@QueryParam("all") String all, @QueryParam("page") String page, @QueryParam("size") String size) {
        boolean everyone = all != null && (request.isUserInRole(Role.MANAGER_NAME) || request.isUserInRole(Role.ADMIN_NAME));
        return View.of("restocking/alerts").with("all", everyone)
                .with("page", alerts.list(null, everyone ? null : request.getRemoteUser(), PageRequest.listed(page, size, 50)));
    }

    @POST
    @Path("alerts/read")
    public Response markRead() {
        alerts.markAllRead(request.getRemoteUser());
        return Pages.redirect("/alerts");
    }
}
