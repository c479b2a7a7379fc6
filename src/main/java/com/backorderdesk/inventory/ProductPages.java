package com.backorderdesk.inventory;

import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.Supplier;
import com.backorderdesk.catalog.Lookup;
import com.backorderdesk.catalog.Catalogue;
import com.backorderdesk.catalog.CataloguePages;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Product pages: list with search, detail with stock and ledger, create, edit, stock count. */
@Path("products")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ProductPages extends CataloguePages<Product, ProductData> {

    @Inject
    Products products;
    @Inject
    Stock stock;

    @Inject
    Suppliers suppliers;

    public ProductPages() {
        super("product", "/products/{sku}", Product::getSku);
    }

    @GET
    @Path("{code}")
    public View detail(@PathParam("code") String sku, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        return detail(sku, sort, page, FormInput.prefilled(Map.of("reason", "")));
    }

    private View detail(String sku, String sort, String page, FormInput countForm) {
        return View.of("catalog/product").with("product", products.get(sku)).with("levels", stock.levelsOf(sku))
                .with("ledger", stock.ledger(sku, sort, PageRequest.listed(page, 20))).with("form", countForm).with("q", null);
    }

    /** Counted on-hand at one warehouse (MANAGER, ADMIN). */
    @Retried
    @POST
    @Path("{code}/count")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response count(@PathParam("code") String sku) {
        products.get(sku);
        FormInput form = new FormInput(request, validator);
        String warehouse = form.text("warehouse");
        CountData data = new CountData(form.integer("onHand"), form.text("reason"), blankIsNull(form.text("bin")));
        Object done = form.submit(data, d -> stock.count(warehouse, sku, d));
        if (done == null) {
            return Pages.show(detail(sku, null, null, form), 400);
        }
        Flash.success(request, "stock.counted", sku, warehouse);
        return Pages.redirect("/products/{sku}", sku);
    }

    @Override
    protected Catalogue<Product, ProductData> catalogue() {
        return products;
    }

    @Override
    protected String codeField() {
        return "sku";
    }

    @Override
    protected Map<String, Object> defaults() {
        return Map.of("minStock", 0, "unitPrice", "0.00", "unitCost", "0.00");
    }

    @Override
    protected Map<String, Object> valuesOf(Product p) {
        return Map.of("sku", p.getSku(), "name", p.getName(), "unitPrice", p.getUnitPrice(), "unitCost", p.getUnitCost(),
                "minStock", p.getMinStock(), "supplier", p.getSupplier().getCode(), "dropShippable", p.isDropShippable());
    }

    @Override
    protected ProductData read(FormInput form, String sku) {
        return new ProductData(sku, form.text("name"), form.decimal("unitPrice"), form.decimal("unitCost"),
                form.integer("minStock"), Lookup.resolve(form, "supplier", form.text("supplier"), suppliers::lookup, Supplier::getCode, "supplier"),
                form.checkbox("dropShippable"));
    }

    /** An empty bin field leaves the bin as it is. */
    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
