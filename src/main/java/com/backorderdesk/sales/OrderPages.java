package com.backorderdesk.sales;

import com.backorderdesk.ordering.OrderView;
import com.backorderdesk.platform.Words;
import com.backorderdesk.platform.Again;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.OrderStatus;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.catalog.Customer;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.Lookup;
import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.restocking.Alerts;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.Format;
import com.backorderdesk.web.Templates;
import com.backorderdesk.web.Pages;
import com.backorderdesk.web.SentForms;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Order pages: the list with filters, order entry (preview before placing, more lines on
 * request, all without JavaScript), the order page, and cancelling what is backordered.
 */
@Path("orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class OrderPages {

    static final int FIRST_LINES = 5;
    static final int MORE_LINES = 5;
    static final List<String> COMMON_POLICIES = BackorderPolicy.COMMON.stream().map(BackorderPolicy::toString).toList();

    @Inject
    SalesOrders orders;
    @Inject
    Warehouses warehouses;
    @Inject
    Customers customers;
    @Inject
    Products products;
    @Inject
    Alerts alerts;
    @Inject
    Validator validator;
    @Inject
    Audit audit;
    @Inject
    SentForms sentForms;
    @Inject
    Again again;
    @Inject
    EntryFigures figures;
    @Inject
    Templates templates;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("status") String status, @QueryParam("customer") String customer,
                     @QueryParam("warehouse") String warehouse, @QueryParam("q") String q, @QueryParam("sort") String sort,
                     @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("ordering/orders").with("q", q).with("status", status).with("customer", customer).with("warehouse", warehouse)
                .with("statuses", OrderStatus.values()).with("warehouses", warehouses.all())
                .with("page", orders.search(Filters.optional(OrderStatus.class, status, "status"), customer, warehouse, q, sort, PageRequest.listed(page, size, 25)));
    }

    @GET
    @Path("new")
    public View entry(@QueryParam("customer") String customer) {
        Map<String, Object> initial = new HashMap<>();
        initial.put("customer", customer == null ? "" : customer);
        initial.put("notifyCustomer", true);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < FIRST_LINES; i++) {
            rows.add(i);
        }
        return form(FormInput.prefilled(initial), rows.size(), null);
    }

    /** One form, four buttons: more lines, preview, compare, place (anything else previews: placing takes a click on it). */
    @POST
    public Response submit() {
        FormInput form = new FormInput(request, validator);
        int rows = Math.min(500, Math.max(FIRST_LINES, parseInt(request.getParameter("rows"))));
        OrderData data = read(form, rows);
        String action = request.getParameter("action");
        if ("more".equals(action)) {
            return Pages.show(form(form, rows + MORE_LINES, null).with("focusLine", rows), 200); // the cursor in the first new line
        }
        String chosen = request.getParameter("choose");
        boolean placing = "place".equals(action) || chosen != null && !chosen.isBlank();
        if ("preview".equals(action) || !placing && !"compare".equals(action)) { // only a click on a place button places
            OrderView preview = form.submit(data, orders::preview);
            View page = form(form, rows, preview);
            if (preview != null) {
                page.with("availability", figures.availability(preview.warehouse(), preview.lines().stream().map(OrderView.Line::sku).toList()));
            }
            return Pages.show(page, form.hasErrors() ? 400 : 200);
        }
        if ("compare".equals(action)) {
            SalesOrders.AdviceView advice = form.submit(data, orders::advice);
            return Pages.show(form(form, rows, null).with("advice", advice), form.hasErrors() ? 400 : 200);
        }
        return sentForms.once(request, () -> {
            // a lost race runs the placing again, not the form's send (SentForms must see it once)
            OrderView placed = chosen == null || chosen.isBlank() ? form.submit(data, d -> again.run(() -> orders.place(d)))
                    : form.submit(data, d -> again.run(() -> orders.placeCompared(d, chosen)));
            if (placed == null) {
                return null;
            }
            Flash.success(request, "order.placedFlash", placed.number(), Words.of(placed.status()));
            return Pages.redirect("/orders/{number}", placed.number());
        }, () -> Pages.show(form(form, rows, null), 400));
    }

    /** One line's figures as the page shows them: money already in the system's currency. */
    public record LineFigures(String sku, String name, Integer freeHere, Integer freeTotal, String unitPrice, String lineTotal,
                              boolean shortHere) {
    }

    /** The figures beside each typed line and the order total, for order entry's script: {@code ?warehouse=&sku=&quantity=&sku=...}. */
    @GET
    @Path("figures")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> figures(@QueryParam("warehouse") String warehouse, @QueryParam("sku") List<String> skus,
                                       @QueryParam("quantity") List<String> quantities) {
        Format format = templates.format(null);
        EntryFigures.Figures found = figures.of(warehouse, skus.subList(0, Math.min(skus.size(), 500)), quantities);
        return Map.of("lines", found.lines().stream().map(l -> new LineFigures(l.sku(), l.name(),
                        l.sku() == null ? null : l.free().here(), l.sku() == null ? null : l.free().total(),
                        format.money(l.unitPrice()), format.money(l.lineTotal()), l.shortHere())).toList(),
                "total", format.money(found.total()));
    }

    @GET
    @Path("{number}")
    public View order(@PathParam("number") String number) {
        return View.of("ordering/order").with("order", orders.get(number)).with("sources", orders.sources(number))
                .with("explanation", orders.explanation(number))
                .with("comparison", orders.comparison(number).orElse(null))
                .with("alerts", alerts.list(number, null, new PageRequest(0, 50)).items())
                .with("history", audit.history(number));
    }

    /** The order confirmation to print or send: customer, ship-to, lines with prices, total. */
    @GET
    @Path("{number}/print")
    public View print(@PathParam("number") String number) {
        OrderView order = orders.get(number);
        return View.of("ordering/order-print").with("order", order).with("shipTo", customers.get(order.customer()).getShipTo());
    }

    /** Asks before cancelling: what is cancelled no longer waits for stock. */
    @GET
    @Path("{number}/cancel-backorder")
    public View confirmCancel(@PathParam("number") String number) {
        return View.of("ordering/order-cancel").with("order", orders.get(number));
    }

    @Retried
    @POST
    @Path("{number}/cancel-backorder")
    public Response cancel(@PathParam("number") String number) {
        Pages.attempt(request, () -> new Object[]{number, Words.of(orders.cancelBackorder(number).status())}, "order.cancelled");
        return Pages.redirect("/orders/{number}", number);
    }

    /**
     * Reads the filled rows in order; empty rows are left out and the rows shown again are
     * compacted, so a message for {@code lines[i]} stands beside the i-th filled row.
     */
    private OrderData read(FormInput form, int rows) {
        // read in the order of the page, so the cursor goes to the first field in error
        String customer = Lookup.resolve(form, "customer", form.text("customer"), customers::lookup, Customer::getCode, "customer");
        String warehouse = form.text("warehouse");
        String policy = form.text("policy");
        BackorderPolicy.mistakeIn(policy).ifPresent(mistake -> form.reject("policy", mistake));
        List<String> strategies = policy == null || policy.isBlank() ? null : BackorderPolicy.names(policy);
        boolean rush = form.checkbox("rush");
        boolean notifyCustomer = form.checkbox("notifyCustomer");
        List<OrderData.LineData> lines = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String sku = request.getParameter("lines[" + row + "].sku");
            String quantity = request.getParameter("lines[" + row + "].quantity");
            if ((sku == null || sku.isBlank()) && (quantity == null || quantity.isBlank())) {
                continue;
            }
            int i = lines.size();
            form.put("lines[" + i + "].sku", sku);
            form.put("lines[" + i + "].quantity", quantity);
            String code = Lookup.resolve(form, "lines[" + i + "].sku", sku, products::lookup, Product::getSku, "product");
            lines.add(new OrderData.LineData(code, form.integer("lines[" + i + "].quantity", quantity)));
        }
        for (int i = lines.size(); i < rows; i++) {
            form.put("lines[" + i + "].sku", "");
            form.put("lines[" + i + "].quantity", "");
        }
        return new OrderData(customer, warehouse, lines, strategies, rush, notifyCustomer);
    }

    private View form(FormInput form, int rows, OrderView preview) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            indexes.add(i);
        }
        List<String> skus = new ArrayList<>();
        List<String> quantities = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            skus.add(textOf(form, "lines[" + i + "].sku"));
            quantities.add(textOf(form, "lines[" + i + "].quantity"));
        }
        return View.of("ordering/order-form").with("form", form).with("formKey", SentForms.keyOf(request))
                .with("rows", indexes).with("figures", figures.of(textOf(form, "warehouse"), skus, quantities)).with("preview", preview)
                .with("warehouses", warehouses.all()).with("policies", COMMON_POLICIES);
    }

    private static String textOf(FormInput form, String field) {
        Object value = form.getValues().get(field);
        return value == null ? null : value.toString();
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
