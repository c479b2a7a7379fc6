package com.backorderdesk.catalog;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.FormInput;
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

import java.util.Map;

/** Warehouse pages: list in priority order with search, create, edit (priority, active). */
@Path("warehouses")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class WarehousePages {

    @Inject
    Warehouses warehouses;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return View.of("catalog/warehouses").with("q", q).with("page", warehouses.search(q, PageRequest.of(page, 25, 25)));
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View newWarehouse() {
        return form(FormInput.prefilled(Map.of("priority", 10, "active", true, "autoMatch", true)), null);
    }

    @POST
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response create() {
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, form.text("code")), warehouses::create, Warehouse::getCode, "warehouse.created",
                "/warehouses", f -> form(f, null));
    }

    @GET
    @Path("{code}/edit")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View edit(@PathParam("code") String code) {
        Warehouse w = warehouses.get(code);
        return form(FormInput.prefilled(Map.of("code", w.getCode(), "name", w.getName(), "priority", w.getPriority(),
                "active", w.isActive(), "autoMatch", w.isAutoMatch())), code);
    }

    @POST
    @Path("{code}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response update(@PathParam("code") String code) {
        warehouses.get(code);
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, code), data -> warehouses.update(code, data), Warehouse::getCode, "warehouse.updated",
                "/warehouses", f -> form(f, code));
    }

    private static WarehouseData read(FormInput form, String code) {
        return new WarehouseData(code, form.text("name"), form.integer("priority"), form.checkbox("active"), form.checkbox("autoMatch"));
    }

    private static View form(FormInput form, String editing) {
        return View.of("catalog/warehouse-form").with("form", form).with("editing", editing);
    }
}
