package com.backorderdesk.webhooks;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.support.Deployments;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A delivery is written in the transaction of the change it tells of: rolled back, there is nothing to send; once per key. */
@ExtendWith(ArquillianExtension.class)
class WebhookTransactionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(WebhookTransactionsIT.class);
    }

    @Inject
    Webhooks webhooks;
    @Inject
    UserTransaction transaction;

    @Test
    void aRolledBackChangeSendsNothingAndAKeyedEventGoesOnce() throws Exception {
        transaction.begin();
        // nothing listens on port 9 (discard): what is sent fails, and stays in the log
        long endpoint = webhooks.register(new WebhookData("http://127.0.0.1:9/rollback", List.of("customer.choice"), true)).id();
        transaction.commit();
        try {
            transaction.begin();
            webhooks.publish(WebhookEvent.CUSTOMER_CHOICE, () -> Map.of("order", "SO-ROLLED-BACK"), "SO-ROLLED-BACK");
            transaction.rollback();
            assertEquals(0, webhooks.deliveries(endpoint, PageRequest.of(null, null, 100)).total(), "rolled back: nothing to send");

            for (int i = 0; i < 2; i++) {
                transaction.begin();
                webhooks.publish(WebhookEvent.CUSTOMER_CHOICE, () -> Map.of("order", "SO-COMMITTED"), "SO-COMMITTED");
                webhooks.publish(WebhookEvent.ORDER_COMPLETED, () -> Map.of("order", "SO-COMMITTED"), "SO-COMMITTED");
                transaction.commit();
            }
            assertEquals(1, webhooks.deliveries(endpoint, PageRequest.of(null, null, 100)).total(),
                    "committed: one delivery, once for its key, and none of an event the endpoint does not want");
        } finally {
            transaction.begin();
            webhooks.remove(endpoint);
            transaction.commit();
        }
    }
}
