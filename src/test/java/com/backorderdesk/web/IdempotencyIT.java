package com.backorderdesk.web;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.AtOnce;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Safe retries with {@code Idempotency-Key}: a repeat answers the first answer and changes
 * nothing; the same key with another body is 422; a refused request does not use its key up;
 * keys are each caller's own; eight identical keyed requests at the same moment make one order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private record Stage(String warehouse, String sku, String customer) {
        String order(int quantity) {
            return json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d}],'policy':['BACKORDER']}", customer, warehouse, sku, quantity);
        }
    }

    private Stage stage(int onHand) {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        Stage stage = new Stage(catalog.warehouse(1), catalog.product(catalog.supplier(false), 0, false), catalog.customer("null"));
        catalog.stock(stage.warehouse(), stage.sku(), onHand);
        return stage;
    }

    private Api clerk(String key) {
        return Api.at(base).as("clerk", "demo").with("Idempotency-Key", key);
    }

    private String ordersOf(String customer) {
        return Api.at(base).as("clerk", "demo").get("/api/orders?customer=" + customer).header("X-Total-Count");
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndChangesNothing() {
        Stage stage = stage(10);
        Api keyed = clerk(UUID.randomUUID().toString());
        Api.Reply first = keyed.post("/api/orders", stage.order(4));
        assertEquals(201, first.status(), first::toString);
        assertNull(first.header("Idempotent-Replayed"));

        Api.Reply again = keyed.post("/api/orders", stage.order(4));
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.body(), again.body(), "the very same answer");
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals("1", ordersOf(stage.customer()));
        JsonObject level = new TestCatalog(Api.at(base)).level(stage.warehouse(), stage.sku());
        assertEquals(4, level.getInt("allocated"), "allocated once: " + level);

        Api.Reply other = keyed.post("/api/orders", stage.order(5));
        assertEquals(422, other.status(), other::toString);
        assertEquals("Idempotency-Key", other.object().getString("field"));
        assertEquals("1", ordersOf(stage.customer()));
    }

    @Test
    void aCancelRepeatedWithItsKeyIsAnsweredAgainNotRefused() {
        Stage stage = stage(1);
        String number = Api.at(base).as("clerk", "demo").post("/api/orders", stage.order(3)).object().getString("number");
        Api keyed = clerk(UUID.randomUUID().toString());
        Api.Reply first = keyed.post("/api/orders/" + number + "/cancel-backorder", null);
        assertEquals(200, first.status(), first::toString);
        Api.Reply again = keyed.post("/api/orders/" + number + "/cancel-backorder", null);
        assertEquals(200, again.status(), "without the key a second cancel is refused (nothing waits); with it, the first answer: " + again);
        assertEquals(first.body(), again.body());
        Api.Reply unkeyed = Api.at(base).as("clerk", "demo").post("/api/orders/" + number + "/cancel-backorder", null);
        assertEquals(409, unkeyed.status(), unkeyed::toString);
    }

    @Test
    void aRefusedRequestDoesNotUseItsKeyUp() {
        Stage stage = stage(10);
        Api keyed = clerk(UUID.randomUUID().toString());
        Api.Reply refused = keyed.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'NO-SUCH-SKU','quantity':1}]}",
                stage.customer(), stage.warehouse()));
        assertEquals(404, refused.status(), refused::toString);
        Api.Reply placed = keyed.post("/api/orders", stage.order(1));
        assertEquals(201, placed.status(), placed::toString);
        assertNull(placed.header("Idempotent-Replayed"));
    }

    @Test
    void keysAreEachCallersOwnAndMustBeSensible() {
        Stage stage = stage(10);
        String key = UUID.randomUUID().toString();
        assertEquals(201, clerk(key).post("/api/orders", stage.order(1)).status());
        Api.Reply manager = Api.at(base).as("manager", "demo").with("Idempotency-Key", key).post("/api/orders", stage.order(1));
        assertEquals(201, manager.status(), manager::toString);
        assertNull(manager.header("Idempotent-Replayed"), "another caller's key is not this caller's");
        assertEquals("2", ordersOf(stage.customer()));

        Api.Reply blank = clerk(" ").post("/api/orders", stage.order(1));
        assertEquals(400, blank.status(), blank::toString);
        assertEquals("Idempotency-Key", blank.object().getString("field"));
        assertEquals(400, clerk("x".repeat(256)).post("/api/orders", stage.order(1)).status());
        assertEquals("2", ordersOf(stage.customer()));
    }

    @Test
    void eightIdenticalRequestsAtTheSameMomentMakeOneOrder() throws Exception {
        Stage stage = stage(5);
        Api keyed = clerk(UUID.randomUUID().toString());
        List<Api.Reply> replies = AtOnce.send(8, () -> keyed.post("/api/orders", stage.order(2)));
        for (Api.Reply reply : replies) {
            assertEquals(201, reply.status(), reply::toString);
        }
        Set<String> numbers = replies.stream().map(reply -> reply.object().getString("number")).collect(Collectors.toSet());
        assertEquals(1, numbers.size(), "one order: " + numbers);
        assertEquals(7, replies.stream().filter(reply -> "true".equals(reply.header("Idempotent-Replayed"))).count());
        assertEquals("1", ordersOf(stage.customer()));
        assertEquals(2, new TestCatalog(Api.at(base)).level(stage.warehouse(), stage.sku()).getInt("allocated"));
    }

    @Test
    void aStockCountRepeatedWithItsKeyIsAnsweredAgain() {
        Stage stage = stage(10);
        Api keyed = Api.at(base).as("manager", "demo").with("Idempotency-Key", UUID.randomUUID().toString());
        String count = json("{'onHand':7,'reason':'cycle count'}");
        Api.Reply first = keyed.put("/api/stock/" + stage.warehouse() + "/" + stage.sku(), count);
        assertEquals(200, first.status(), first::toString);
        Api.Reply again = keyed.put("/api/stock/" + stage.warehouse() + "/" + stage.sku(), count);
        assertEquals(first.body(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        Api.Reply elsewhere = keyed.put("/api/stock/" + stage.warehouse() + "/" + stage.sku(), json("{'onHand':8,'reason':'cycle count'}"));
        assertEquals(422, elsewhere.status(), elsewhere::toString);
        assertEquals(7, new TestCatalog(Api.at(base)).level(stage.warehouse(), stage.sku()).getInt("onHand"));
    }
}
