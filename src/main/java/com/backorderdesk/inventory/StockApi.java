package com.backorderdesk.inventory;

import com.backorderdesk.platform.Retried;
import com.backorderdesk.web.Idempotent;
import com.backorderdesk.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** {@code PUT /api/stock/{warehouse}/{sku}} (counted on-hand) and {@code GET /api/stock/{sku}}. */
@Path("api/stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockApi {

    @Inject
    Stock stock;

    public record LevelJson(String warehouse, int onHand, int allocated, int available, int onOrder, int inTransit, String bin) {
        static LevelJson of(LevelView level) {
            return new LevelJson(level.warehouse(), level.onHand(), level.allocated(), level.available(),
                    level.onOrder(), level.inTransit(), level.bin());
        }
    }

    public record ProductStockJson(String sku, List<LevelJson> levels) {
    }

    @Retried
    @Idempotent
    @PUT
    @Path("{warehouse}/{sku}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response count(@PathParam("warehouse") String warehouse, @PathParam("sku") String sku, CountData data) {
        return Response.ok(LevelJson.of(stock.count(warehouse, sku, data))).build();
    }

    @GET
    @Path("{sku}")
    @RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public ProductStockJson levels(@PathParam("sku") String sku) {
        return new ProductStockJson(sku, stock.levelsOf(sku).stream().map(LevelJson::of).toList());
    }
}
