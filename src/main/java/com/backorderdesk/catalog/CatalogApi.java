package com.backorderdesk.catalog;

import com.backorderdesk.catalog.CatalogJson.CustomerJson;
import com.backorderdesk.catalog.CatalogJson.ProductJson;
import com.backorderdesk.catalog.CatalogJson.SupplierJson;
import com.backorderdesk.catalog.CatalogJson.WarehouseJson;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.ApiResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/warehouses}, {@code /api/suppliers}, {@code /api/products}, {@code /api/customers}:
 * create (ADMIN, MANAGER), read by code and list with search (every role).
 */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CatalogApi {

    @Inject
    Warehouses warehouses;
    @Inject
    Suppliers suppliers;
    @Inject
    Products products;
    @Inject
    Customers customers;

    @POST
    @Path("warehouses")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response createWarehouse(WarehouseData data) {
        return ApiResponses.created(WarehouseJson.of(warehouses.create(data)));
    }

    @GET
    @Path("warehouses/{code}")
    public WarehouseJson warehouse(@PathParam("code") String code) {
        return WarehouseJson.of(warehouses.get(code));
    }

    @GET
    @Path("warehouses")
    public Response warehouses(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(warehouses.search(q, PageRequest.of(page, size, 100)).map(WarehouseJson::of));
    }

    @POST
    @Path("suppliers")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response createSupplier(SupplierData data) {
        return ApiResponses.created(SupplierJson.of(suppliers.create(data)));
    }

    @GET
    @Path("suppliers/{code}")
    public SupplierJson supplier(@PathParam("code") String code) {
        return SupplierJson.of(suppliers.get(code));
    }

    @GET
    @Path("suppliers")
    public Response suppliers(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(suppliers.search(q, PageRequest.of(page, size, 100)).map(SupplierJson::of));
    }

    @POST
    @Path("products")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response createProduct(ProductData data) {
        return ApiResponses.created(ProductJson.of(products.create(data)));
    }

    @GET
    @Path("products/{sku}")
    public ProductJson product(@PathParam("sku") String sku) {
        return ProductJson.of(products.get(sku));
    }

    @GET
    @Path("products")
    public Response products(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<ProductJson> found = products.search(q, PageRequest.of(page, size, 100)).map(ProductJson::of);
        return ApiResponses.page(found);
    }

    @POST
    @Path("customers")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response createCustomer(CustomerData data) {
        return ApiResponses.created(CustomerJson.of(customers.create(data)));
    }

    @GET
    @Path("customers/{code}")
    public CustomerJson customer(@PathParam("code") String code) {
        return CustomerJson.of(customers.get(code));
    }

    @GET
    @Path("customers")
    public Response customers(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApiResponses.page(customers.search(q, PageRequest.of(page, size, 100)).map(CustomerJson::of));
    }
}
