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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Customer pages: list with search, detail, create, edit (with the default backorder policy). */
@Path("customers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CustomerPages {

    @Inject
    Customers customers;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return View.of("catalog/customers").with("q", q).with("page", customers.search(q, PageRequest.of(page, 25, 25)));
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View newCustomer() {
        return form(FormInput.prefilled(Map.of()), null);
    }

    @POST
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response create() {
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, form.text("code")), customers::create, Customer::getCode, "customer.created",
                "/customers/{code}", f -> form(f, null));
    }

    @GET
    @Path("{code}")
    public View detail(@PathParam("code") String code) {
        return View.of("catalog/customer").with("customer", customers.get(code));
    }

    @GET
    @Path("{code}/edit")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View edit(@PathParam("code") String code) {
        Customer c = customers.get(code);
        return form(FormInput.prefilled(Map.of("code", c.getCode(), "name", c.getName(), "email", c.getEmail(),
                "shipTo", c.getShipTo(), "backorderPolicy", c.getBackorderPolicy().map(Object::toString).orElse(""))), code);
    }

    @POST
    @Path("{code}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response update(@PathParam("code") String code) {
        customers.get(code);
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, code), data -> customers.update(code, data), Customer::getCode, "customer.updated",
                "/customers/{code}", f -> form(f, code));
    }

    private static CustomerData read(FormInput form, String code) {
        String policy = form.text("backorderPolicy");
        List<String> strategies = policy == null || policy.isBlank() ? null
                : Arrays.stream(policy.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new CustomerData(code, form.text("name"), form.text("email"), form.text("shipTo"), strategies);
    }

    private static View form(FormInput form, String editing) {
        return View.of("catalog/customer-form").with("form", form).with("editing", editing);
    }
}
