package com.backorderdesk.catalog;

import com.backorderdesk.inventory.CountData;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.Pages;
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

/** Product pages: list with search, detail with stock and ledger, create, edit, stock count. */
@Path("products")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ProductPages {

    @Inject
    Products products;
    @Inject
    Stock stock;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return View.of("catalog/products").with("q", q).with("page", products.search(q, PageRequest.of(page, 25, 25)));
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View newProduct() {
        return form(FormInput.prefilled(Map.of("minStock", 0, "unitPrice", "0.00", "unitCost", "0.00")), null);
    }

    @POST
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response create() {
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, form.text("sku")), products::create, Product::getSku, "product.created",
                "/products/{sku}", f -> form(f, null));
    }

    @GET
    @Path("{sku}")
    public View detail(@PathParam("sku") String sku, @QueryParam("page") Integer page) {
        return detail(sku, page, FormInput.prefilled(Map.of("reason", "")));
    }

    private View detail(String sku, Integer page, FormInput countForm) {
        return View.of("catalog/product").with("product", products.get(sku)).with("levels", stock.levelsOf(sku))
                .with("ledger", stock.ledger(sku, PageRequest.of(page, 20, 20))).with("form", countForm).with("q", null);
    }

    @GET
    @Path("{sku}/edit")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View edit(@PathParam("sku") String sku) {
        Product p = products.get(sku);
        return form(FormInput.prefilled(Map.of("sku", p.getSku(), "name", p.getName(), "unitPrice", p.getUnitPrice(),
                "unitCost", p.getUnitCost(), "minStock", p.getMinStock(), "supplier", p.getSupplier().getCode(),
                "dropShippable", p.isDropShippable())), p.getSku());
    }

    @POST
    @Path("{sku}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response update(@PathParam("sku") String sku) {
        products.get(sku);
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, sku), data -> products.update(sku, data), Product::getSku, "product.updated",
                "/products/{sku}", f -> form(f, sku));
    }

    /** Counted on-hand at one warehouse (MANAGER, ADMIN). */
    @POST
    @Path("{sku}/count")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response count(@PathParam("sku") String sku) {
        products.get(sku);
        FormInput form = new FormInput(request, validator);
        String warehouse = form.text("warehouse");
        CountData data = new CountData(form.integer("onHand"), form.text("reason"));
        Object done = form.submit(data, d -> stock.count(warehouse, sku, d));
        if (done == null) {
            return Pages.show(detail(sku, 0, form), 400);
        }
        Flash.success(request, "stock.counted", sku, warehouse);
        return Pages.redirect("/products/{sku}", sku);
    }

    private static ProductData read(FormInput form, String sku) {
        return new ProductData(sku, form.text("name"), form.decimal("unitPrice"), form.decimal("unitCost"),
                form.integer("minStock"), form.text("supplier"), form.checkbox("dropShippable"));
    }

    private static View form(FormInput form, String editing) {
        return View.of("catalog/product-form").with("form", form).with("editing", editing);
    }
}
