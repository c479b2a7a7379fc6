package com.backorderdesk.ordering;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.ShortOrder;
import com.backorderdesk.support.TestWarehouses;
import com.backorderdesk.support.WebSession;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin weighs speed against cost and sets transfer times; the advice follows, bad input changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvisorSettingsIT {

    static final Map<String, String> DEFAULTS = Map.of("transferPerUnit", "0.50", "dropShipPerUnit", "2.00", "freightPerShipment", "15.00",
            "remoteShipment", "10.00", "costPerDay", "5.00", "transferDays", "2", "handlingDays", "2");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdvisorFollowsTheAdminsWeightsAndTransferTimes() {
        ShortOrder shortOrder = ShortOrder.create(base);
        TestWarehouses wh = shortOrder.wh();
        String order = shortOrder.json();
        Api clerk = Api.at(base).as("clerk", "demo");
        assertEquals("[\"MULTI_WAREHOUSE\",\"BACKORDER\"]", recommended(clerk, order), "defaults: shipping from EAST today is best");

        WebSession admin = new WebSession(base).login("admin", "demo");
        assertTrue(admin.get("/admin/settings/advisor").body().contains("Price of one day of waiting"));
        HttpResponse<String> lane = admin.post("/admin/settings/advisor/lanes", Map.of("from", wh.east(), "to", wh.main(), "days", "1"));
        assertEquals(303, lane.statusCode(), lane.body());
        assertEquals("[\"TRANSFER\",\"BACKORDER\"]", recommended(clerk, order), "a one-day lane makes the transfer best");
        JsonObject transfer = option(clerk, order, "[\"TRANSFER\",\"BACKORDER\"]");
        assertEquals(java.time.LocalDate.now().plusDays(1).toString(), transfer.getString("completeBy"), "the lane's day");

        assertRefused(admin, Map.of("from", wh.east(), "to", wh.east(), "days", "1"), "two different warehouses");
        assertRefused(admin, Map.of("from", wh.east(), "to", wh.main(), "days", "-1"), "between 0 and 365");
        assertRefused(admin, Map.of("from", wh.east(), "to", wh.main(), "days", "soon"), "whole number");

        try {
            Map<String, String> cheapest = new HashMap<>(DEFAULTS);
            cheapest.put("costPerDay", "0");
            assertEquals(303, admin.post("/admin/settings/advisor", cheapest).statusCode());
            assertEquals("[\"PARK\"]", recommended(clerk, order), "when waiting costs nothing, one shipment and no freight win");

            Map<String, String> bad = new HashMap<>(DEFAULTS);
            bad.put("freightPerShipment", "-3");
            bad.put("handlingDays", "many");
            HttpResponse<String> refused = admin.post("/admin/settings/advisor", bad);
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("must be a whole number") && refused.body().contains("must be greater than or equal to 0.00"),
                    "each field says what is wrong");
            assertEquals("[\"PARK\"]", recommended(clerk, order), "a refused form changes nothing");
        } finally {
            assertEquals(303, admin.post("/admin/settings/advisor", DEFAULTS).statusCode());
        }

        String removeLane = laneRemoval(admin.get("/admin/settings/advisor").body(), wh.east(), wh.main());
        assertEquals(403, new WebSession(base).login("manager", "demo").get("/admin/settings/advisor").statusCode(), "admins only");
        assertEquals(303, admin.post(removeLane, Map.of()).statusCode());
        assertFalse(admin.get("/admin/settings/advisor").body().contains(removeLane));
        assertEquals("[\"MULTI_WAREHOUSE\",\"BACKORDER\"]", recommended(clerk, order), "without the lane, back to the default days");
    }

    /** The path of the remove button of the lane from one warehouse to another. */
    private static String laneRemoval(String page, String from, String to) {
        Matcher lane = Pattern.compile("<td>" + from + "</td><td>" + to + "</td>.*?(/admin/settings/advisor/lanes/\\d+/delete)", Pattern.DOTALL)
                .matcher(page);
        assertTrue(lane.find(), "the lane is listed");
        return lane.group(1);
    }

    private static void assertRefused(WebSession admin, Map<String, String> lane, String message) {
        HttpResponse<String> refused = admin.post("/admin/settings/advisor/lanes", lane);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains(message), message);
    }

    private static String recommended(Api clerk, String order) {
        Api.Reply advice = clerk.post("/api/orders/advice", order);
        assertEquals(200, advice.status(), advice::toString);
        return advice.object().getJsonArray("recommended").toString();
    }

    private static JsonObject option(Api clerk, String order, String policy) {
        return clerk.post("/api/orders/advice", order).object().getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonArray("policy").toString().equals(policy)).findFirst().orElseThrow();
    }
}
