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

/** Supplier pages: list with search, create, edit. */
@Path("suppliers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class SupplierPages {

    @Inject
    Suppliers suppliers;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return View.of("catalog/suppliers").with("q", q).with("page", suppliers.search(q, PageRequest.of(page, 25, 25)));
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View newSupplier() {
        return form(FormInput.prefilled(Map.of("leadTimeDays", 7, "dropShips", false)), null);
    }

    @POST
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response create() {
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, form.text("code")), suppliers::create, Supplier::getCode, "supplier.created",
                "/suppliers", f -> form(f, null));
    }

    @GET
    @Path("{code}/edit")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View edit(@PathParam("code") String code) {
        Supplier s = suppliers.get(code);
        return form(FormInput.prefilled(Map.of("code", s.getCode(), "name", s.getName(), "email", s.getEmail(),
                "leadTimeDays", s.getLeadTimeDays(), "dropShips", s.isDropShips())), code);
    }

    @POST
    @Path("{code}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response update(@PathParam("code") String code) {
        suppliers.get(code);
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, code), data -> suppliers.update(code, data), Supplier::getCode, "supplier.updated",
                "/suppliers", f -> form(f, code));
    }

    private static SupplierData read(FormInput form, String code) {
        return new SupplierData(code, form.text("name"), form.text("email"), form.integer("leadTimeDays"),
                form.checkbox("dropShips"));
    }

    private static View form(FormInput form, String editing) {
        return View.of("catalog/supplier-form").with("form", form).with("editing", editing);
    }
}
