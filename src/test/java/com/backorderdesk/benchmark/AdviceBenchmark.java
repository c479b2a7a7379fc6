package com.backorderdesk.benchmark;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark (mvn verify -Pbenchmark), not a test of speed: the strategy advice for a 50-line
 * order across 5 warehouses, over HTTP like a clerk's browser asks for it (every line short
 * at the order's warehouse, stock spread over the other four). Writes
 * target/benchmarks/advice.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdviceBenchmark {

    static final int LINES = 50;
    static final int WARMUP = 30;
    static final int REQUESTS = 200;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void adviceForFiftyLinesAcrossFiveWarehouses() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        List<String> warehouses = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            warehouses.add(catalog.warehouse(w + 1));
        }
        String supplier = catalog.supplier(true);
        String customer = catalog.customer("null");
        StringJoiner lines = new StringJoiner(",", "[", "]");
        for (int i = 0; i < LINES; i++) {
            String sku = catalog.product(supplier, 5, i % 3 == 0);
            for (int w = 0; w < 5; w++) {
                catalog.stock(warehouses.get(w), sku, w == 0 ? 2 : 3 + (i + w) % 4);
            }
            lines.add(Api.json("{'sku':'%s','quantity':%d}", sku, 10 + i % 7));
        }
        String order = Api.json("{'customer':'%s','warehouse':'%s','lines':%s}", customer, warehouses.get(0), lines);
        Api clerk = Api.at(base).as("clerk", "demo");
        for (int i = 0; i < WARMUP; i++) {
            assertEquals(200, clerk.post("/api/orders/advice", order).status());
        }
        List<Long> times = new ArrayList<>();
        int options = 0;
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            Api.Reply advice = clerk.post("/api/orders/advice", order);
            times.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, advice.status(), advice::toString);
            options = advice.object().getJsonArray("options").size();
        }
        Collections.sort(times);
        BenchmarkReport.write("advice.txt", String.format(
                "Advice for a %d-line order across 5 warehouses (%d candidate policies), %d requests one after another over HTTP: "
                        + "p50 %d ms, p95 %d ms, max %d ms%n",
                LINES, options, REQUESTS, times.get(REQUESTS / 2), times.get((int) (REQUESTS * 0.95)), times.get(REQUESTS - 1)));
    }
}
