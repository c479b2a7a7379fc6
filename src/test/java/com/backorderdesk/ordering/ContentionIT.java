package com.backorderdesk.ordering;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Books;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.Storm;
import com.backorderdesk.support.TestCatalog;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 64 clerks placing orders for overlapping products at the same two warehouses while managers
 * receive and count stock: every valid order is placed (no 409, no 500: people wait for each
 * other), nothing is oversold and the books agree, checked in SQL on the database itself. Runs
 * inside the server to reach its database; the clients talk to it over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class ContentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ContentionIT.class, Api.class, Api.Reply.class, Books.class, Storm.class, TestCatalog.class)
                .addClasses(Storm.Stage.class, Storm.Order.class, Storm.Receipt.class, Storm.Count.class, Storm.Answers.class);
    }

    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource database;

    @Test
    void sixtyFourClerksAtOnceAreAllServedAndTheBooksAgree() throws Exception {
        // inside the server: its own HTTP port, shifted by the tests' port offset
        Api api = Api.at("http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
        Storm.Stage stage = Storm.Stage.create(api, 6);

        Storm.Answers answers = new Storm(api, stage).run(64, 4, 10);

        assertEquals(List.of(), answers.refused(), "every valid request is answered yes");
        assertEquals(256, answers.orders().size());
        assertEquals(20, answers.receipts().size());
        assertEquals(10, answers.counts().size());
        try (Connection connection = database.getConnection()) {
            assertEquals(List.of(), Books.disagreements(connection));
        }
        JsonObject po = api.as("manager", "demo").get("/api/purchase-orders/" + stage.purchaseOrder()).object();
        int received = po.getJsonArray("lines").getValuesAs(JsonObject.class).stream().mapToInt(line -> line.getInt("received")).sum();
        assertEquals(40, received, "each receipt counted once: " + po);
        assertTrue(new TestCatalog(api).level(stage.main(), stage.counted()).getInt("onHand") == 5 + 3 * 10);
    }
}
