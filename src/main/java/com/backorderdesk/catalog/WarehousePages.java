package com.backorderdesk.catalog;

import com.backorderdesk.security.Role;
import com.backorderdesk.web.FormInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Warehouse pages: list with search, create, edit (priority, active, automatic matching). */
@Path("warehouses")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class WarehousePages extends CataloguePages<Warehouse, WarehouseData> {

    @Inject
    Warehouses warehouses;

    public WarehousePages() {
        super("warehouse", "/warehouses", Warehouse::getCode);
    }

    @Override
    protected Catalogue<Warehouse, WarehouseData> catalogue() {
        return warehouses;
    }

    @Override
    protected Map<String, Object> defaults() {
        return Map.of("priority", 10, "active", true, "autoMatch", true);
    }

    @Override
    protected Map<String, Object> valuesOf(Warehouse w) {
        return Map.of("code", w.getCode(), "name", w.getName(), "priority", w.getPriority(), "active", w.isActive(),
                "autoMatch", w.isAutoMatch());
    }

    @Override
    protected WarehouseData read(FormInput form, String code) {
        return new WarehouseData(code, form.text("name"), form.integer("priority"), form.checkbox("active"), form.checkbox("autoMatch"));
    }
}
