package com.backorderdesk.catalog;

import com.backorderdesk.security.Role;
import com.backorderdesk.web.FormInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Supplier pages: list with search, create, edit. */
@Path("suppliers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class SupplierPages extends CataloguePages<Supplier, SupplierData> {

    @Inject
    Suppliers suppliers;

    public SupplierPages() {
        super("supplier", "/suppliers", Supplier::getCode);
    }

    @Override
    protected Catalogue<Supplier, SupplierData> catalogue() {
        return suppliers;
    }

    @Override
    protected Map<String, Object> defaults() {
        return Map.of("leadTimeDays", 7, "dropShips", false);
    }

    @Override
    protected Map<String, Object> valuesOf(Supplier s) {
        return Map.of("code", s.getCode(), "name", s.getName(), "email", s.getEmail(), "leadTimeDays", s.getLeadTimeDays(),
                "dropShips", s.isDropShips());
    }

    @Override
    protected SupplierData read(FormInput form, String code) {
        return new SupplierData(code, form.text("name"), form.text("email"), form.integer("leadTimeDays"), form.checkbox("dropShips"));
    }
}
