package com.backorderdesk.catalog;

import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Customer pages: list with search, detail, create, edit (with the customer's default backorder policy). */
@Path("customers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CustomerPages extends CataloguePages<Customer, CustomerData> {

    @Inject
    Customers customers;

    public CustomerPages() {
        super("customer", "/customers/{code}", Customer::getCode);
    }

    @GET
    @Path("{code}")
    public View detail(@PathParam("code") String code) {
        return View.of("catalog/customer").with("customer", customers.get(code));
    }

    @Override
    protected Catalogue<Customer, CustomerData> catalogue() {
        return customers;
    }

    @Override
    protected Map<String, Object> defaults() {
        return Map.of("backorderNotices", true);
    }

    @Override
    protected Map<String, Object> valuesOf(Customer c) {
        return Map.of("code", c.getCode(), "name", c.getName(), "email", c.getEmail(), "shipTo", c.getShipTo(),
                "backorderPolicy", c.getBackorderPolicy().map(Object::toString).orElse(""), "backorderNotices", c.wantsNotices());
    }

    /** The policy is typed as strategy names separated by commas or spaces; empty means the system default. */
    @Override
    protected CustomerData read(FormInput form, String code) {
        String policy = form.text("backorderPolicy");
        BackorderPolicy.mistakeIn(policy).ifPresent(mistake -> form.reject("backorderPolicy", mistake));
        List<String> strategies = policy == null || policy.isBlank() ? null
                : BackorderPolicy.names(policy);
        return new CustomerData(code, form.text("name"), form.text("email"), form.text("shipTo"), strategies, form.checkbox("backorderNotices"));
    }
}
