package com.backorderdesk.sales;

import com.backorderdesk.ordering.AdvisorSettings;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.web.Confirm;
import com.backorderdesk.catalog.TransferLanes;
import com.backorderdesk.catalog.Warehouses;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The admin's advisor settings: what moving and waiting cost (speed against cost), and transfer times per pair of warehouses. */
@Path("admin/settings/advisor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdvisorPage {

    static final String[] MONEY = {"transferPerUnit", "dropShipPerUnit", "freightPerShipment", "remoteShipment", "costPerDay"};

    @Inject
    AdvisorSettings settings;
    @Inject
    TransferLanes lanes;
    @Inject
    Warehouses warehouses;
    @Inject
    Validator validator;
    @Context
    HttpServletRequest request;

    @GET
    public View show() {
        return view(FormInput.prefilled(currentValues()), FormInput.prefilled(Map.of("days", 1)));
    }

    @POST
    public Response change() {
        FormInput form = new FormInput(request, validator);
        AdvisorSettings.CostsData data = new AdvisorSettings.CostsData(form.decimal("transferPerUnit"), form.decimal("dropShipPerUnit"),
                form.decimal("freightPerShipment"), form.decimal("remoteShipment"), form.decimal("costPerDay"),
                form.integer("transferDays"), form.integer("handlingDays"));
        if (form.submit(data, settings::change) == null) {
            return Pages.show(view(form, FormInput.prefilled(Map.of("days", 1))), 400);
        }
        Flash.success(request, "advisor.saved");
        return Pages.redirect("/admin/settings/advisor");
    }

    @POST
    @Path("lanes")
    public Response setLane() {
        FormInput laneForm = new FormInput(request, validator);
        String from = laneForm.text("from");
        String to = laneForm.text("to");
        Integer days = laneForm.integer("days");
        TransferLanes.LaneView lane = laneForm.hasErrors() ? null : laneForm.run(() -> lanes.set(from, to, days));
        if (lane == null) {
            return Pages.show(view(FormInput.prefilled(currentValues()), laneForm), 400);
        }
        Flash.success(request, "advisor.laneSaved", lane.from(), lane.to(), lane.days());
        return Pages.redirect("/admin/settings/advisor");
    }

    /** Asks first: without its own time, the pair takes the default transfer time. */
    @GET
    @Path("lanes/{id}/delete")
    public View confirmRemoveLane(@PathParam("id") long id) {
        TransferLanes.LaneView lane = lanes.all().stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> Problem.notFound("id", "Unknown transfer lane " + id + "."));
        return Confirm.page("confirm.removeLane", new Object[]{lane.from(), lane.to(), lane.days()},
                "/admin/settings/advisor/lanes/" + id + "/delete", Map.of(), "/admin/settings/advisor");
    }

    @POST
    @Path("lanes/{id}/delete")
    public Response removeLane(@PathParam("id") long id) {
        Pages.attempt(request, () -> {
            TransferLanes.LaneView removed = lanes.remove(id);
            return new Object[]{removed.from(), removed.to()};
        }, "advisor.laneRemoved");
        return Pages.redirect("/admin/settings/advisor");
    }

    private Map<String, Object> currentValues() {
        AdvisorSettings.CostsData costs = settings.current();
        return Map.of("transferPerUnit", costs.transferPerUnit(), "dropShipPerUnit", costs.dropShipPerUnit(),
                "freightPerShipment", costs.freightPerShipment(), "remoteShipment", costs.remoteShipment(), "costPerDay", costs.costPerDay(),
                "transferDays", costs.transferDays(), "handlingDays", costs.handlingDays());
    }

    private View view(FormInput form, FormInput laneForm) {
        return View.of("ordering/advisor-settings").with("form", form).with("laneForm", laneForm).with("money", MONEY)
                .with("lanes", lanes.all()).with("warehouses", warehouses.all());
    }
}
