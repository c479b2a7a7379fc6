package com.backorderdesk.purchasing;

import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.Warehouses;
import java.math.BigDecimal;
import com.backorderdesk.platform.Again;
import com.backorderdesk.platform.Filters;
import com.backorderdesk.platform.Retried;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Audit;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.Flash;
import com.backorderdesk.web.FormInput;
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
import jakarta.ws.rs.core.UriBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Purchase order pages: list with filters, detail, receiving (with a preview of what it fills), confirming a drop-ship's shipment. */
@Path("purchase-orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CLERK_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PurchasingPages {

    @Inject
    PurchaseOrders purchaseOrders;
    @Inject
    Again again;
    @Inject
    Products products;
    @Inject
    Warehouses warehouses;
    @Inject
    ReceiptFills receiptFills;
    @Inject
    Validator validator;
    @Inject
    Audit audit;
    @Inject
    SentForms sentForms;
    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("status") String status, @QueryParam("supplier") String supplier, @QueryParam("sku") String sku,
                     @QueryParam("sort") String sort,
                     @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("purchasing/purchase-orders").with("status", status).with("supplier", supplier).with("sku", sku)
                .with("statuses", PurchaseOrderStatus.values())
                .with("page", purchaseOrders.search(Filters.optional(PurchaseOrderStatus.class, status, "status"), supplier, sku, sort, PageRequest.listed(page, size, 25)));
    }

    @GET
    @Path("{number}")
    public View detail(@PathParam("number") String number, @QueryParam("receipt") String receipt) {
        PurchaseOrderView po = purchaseOrders.get(number);
        // "receive all outstanding" is the default: each line's open quantity, to be changed when less came
        Map<String, Object> outstanding = new HashMap<>();
        for (int i = 0; i < po.lines().size(); i++) {
            PurchaseOrderView.Line line = po.lines().get(i);
            outstanding.put("lines[" + i + "].quantity", line.outstanding() > 0 ? String.valueOf(line.outstanding()) : "");
        }
        View view = view(po, FormInput.prefilled(outstanding), null);
        if (receipt != null && receipt.matches("RC-\\d{1,12}")) {
            view.with("receipt", receipt).with("filled", receiptFills.filledBy(po.number() + " receipt " + receipt));
        }
        return view;
    }

    /** The purchase order to print or send to the supplier. */
    @GET
    @Path("{number}/print")
    public View print(@PathParam("number") String number) {
        PurchaseOrderView po = purchaseOrders.get(number);
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        Map<String, BigDecimal> lineTotals = new LinkedHashMap<>();
        for (PurchaseOrderView.Line line : po.lines()) {
            BigDecimal cost = products.get(line.sku()).getUnitCost(); // what the supplier is paid: the product's unit cost
            costs.put(line.sku(), cost);
            lineTotals.merge(line.sku(), cost.multiply(BigDecimal.valueOf(line.quantity())), BigDecimal::add);
        }
        return View.of("purchasing/purchase-order-print").with("po", po).with("costs", costs).with("lineTotals", lineTotals)
                .with("total", lineTotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .with("warehouse", po.warehouse() == null ? null : warehouses.get(po.warehouse()));
    }

    /** The receipt form: "preview" shows which waiting orders the quantities would fill; "receive" books them. */
    @POST
    @Path("{number}/receipts")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response receive(@PathParam("number") String number) {
        PurchaseOrderView po = purchaseOrders.get(number);
        FormInput form = new FormInput(request, validator);
        List<ReceiptData.Line> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < po.lines().size(); i++) {
            Integer quantity = form.integer("lines[" + i + "].quantity");
            PurchaseOrderView.Line line = po.lines().get(i);
            if (quantity != null && quantity > line.outstanding()) { // said now, beside any other mistake
                form.reject("lines[" + i + "].quantity", PurchaseOrder.tooMuch(line.outstanding(), line.sku(), po.number()));
            }
            if (quantity != null && quantity != 0 || form.getErrors().containsKey("lines[" + i + "].quantity")) {
                lines.add(new ReceiptData.Line(po.lines().get(i).sku(), quantity));
                rows.add(i);
            }
        }
        if (lines.isEmpty() && form.getErrors().isEmpty()) {
            form.reject("lines", "Enter the quantity received for at least one line.");
        }
        if ("preview".equals(request.getParameter("action")) && !form.hasErrors()) {
            Map<String, List<Map.Entry<String, Integer>>> fills = new LinkedHashMap<>();
            for (ReceiptData.Line line : lines) {
                if (line.quantity() != null && line.quantity() > 0) {
                    fills.put(line.sku(), receiptFills.wouldFill(po.warehouse(), line.sku(), line.quantity()));
                }
            }
            return Pages.show(view(po, form, fills), 200);
        }
        boolean readWell = !form.hasErrors(); // else the form's own messages already stand beside the purchase order's rows
        return sentForms.once(request, () -> {
            PurchaseOrders.Receipt receipt = !readWell ? null : form.submit(new ReceiptData(lines), data -> again.run(() -> purchaseOrders.receive(number, data)));
            if (receipt == null) {
                return null;
            }
            Flash.success(request, "purchaseOrder.receivedFlash", receipt.reference(), receipt.matches().size());
            return Pages.seeOther(UriBuilder.fromPath("/purchase-orders/{number}").queryParam("receipt", receipt.reference()).build(number));
        }, () -> {
            if (readWell) {
                onPurchaseOrderRows(form.getErrors(), rows);
            }
            return Pages.show(view(purchaseOrders.get(number), form, null), 400);
        });
    }

    /**
     * The receipt's messages name its own lines ("lines[0].sku"), which are the purchase order's
     * rows that had a quantity: each is moved to the quantity field of its row.
     */
    private static void onPurchaseOrderRows(Map<String, String> errors, List<Integer> rows) {
        Map<String, String> moved = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            String row = field;
            for (int line = 0; line < rows.size(); line++) {
                if (field.startsWith("lines[" + line + "]")) {
                    row = "lines[" + rows.get(line) + "].quantity";
                }
            }
            moved.putIfAbsent(row, message);
        });
        errors.clear();
        errors.putAll(moved);
    }

    private View view(PurchaseOrderView po, FormInput form, Object fills) {
        return View.of("purchasing/purchase-order").with("po", po).with("form", form).with("formKey", SentForms.keyOf(request))
                .with("fills", fills)
                .with("history", audit.history(po.number()));
    }

    @Retried
    @POST
    @Path("{number}/confirm-shipment")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response confirmShipment(@PathParam("number") String number) {
        Pages.attempt(request, () -> new Object[]{purchaseOrders.confirmShipment(number).number()}, "purchaseOrder.confirmed");
        return Pages.redirect("/purchase-orders/{number}", number);
    }
}
