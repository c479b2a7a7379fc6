package com.backorderdesk.benchmark;

import com.backorderdesk.planning.PlanInput;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.Advisor;
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
import java.util.Map;
import java.util.HashMap;
import java.time.LocalDate;
import java.math.BigDecimal;
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
        List<Double> floor = plannerAlone(warehouses);
        BenchmarkReport.write("advice.txt", String.format(
                "Advice for a %d-line order across 5 warehouses (%d candidate policies), %d requests one after another over HTTP: "
                        + "p50 %d ms, p95 %d ms, max %d ms; the advisor alone in plain Java for the same input: p50 %.2f ms, p95 %.2f ms "
                        + "(the rest is HTTP, security, reading the stock and writing JSON)%n",
                LINES, options, REQUESTS, times.get(REQUESTS / 2), times.get((int) (REQUESTS * 0.95)), times.get(REQUESTS - 1),
                floor.get(REQUESTS / 2), floor.get((int) (REQUESTS * 0.95))));
        BenchmarkReport.figure("advice-50-lines-p95", times.get((int) (REQUESTS * 0.95)), floor.get((int) (REQUESTS * 0.95)), "ms");
    }

    /**
     * The floor: the advisor (the planner run for every candidate policy) in plain Java, in this
     * JVM, for an input like the one the server builds for the order above; times in ms, sorted.
     */
    private static List<Double> plannerAlone(List<String> warehouses) {
        List<PlanInput.Line> lines = new ArrayList<>();
        Map<String, PlanInput.Item> items = new HashMap<>();
        Map<String, Integer> leadTimes = new HashMap<>();
        List<Map<String, Integer>> available = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            available.add(new HashMap<>());
        }
        for (int i = 0; i < LINES; i++) {
            String sku = "SKU-" + i;
            lines.add(new PlanInput.Line(sku, 10 + i % 7));
            items.put(sku, new PlanInput.Item(sku, "SUP", 5, i % 3 == 0, new BigDecimal("10.00"), 0, 0));
            leadTimes.put(sku, 5);
            for (int w = 0; w < 5; w++) {
                available.get(w).put(sku, w == 0 ? 2 : 3 + (i + w) % 4);
            }
        }
        List<PlanInput.Site> sites = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            sites.add(new PlanInput.Site(warehouses.get(w), available.get(w)));
        }
        PlanInput input = new PlanInput(warehouses.get(0), lines, BackorderPolicy.DEFAULT, sites, items);
        Advisor advisor = new Advisor();
        for (int i = 0; i < WARMUP * 10; i++) {
            advisor.advise(input, leadTimes, List.of(BackorderPolicy.DEFAULT), LocalDate.now(), Advisor.Costs.DEFAULT);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            advisor.advise(input, leadTimes, List.of(BackorderPolicy.DEFAULT), LocalDate.now(), Advisor.Costs.DEFAULT);
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(times);
        return times;
    }
}
