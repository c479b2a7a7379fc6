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
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark (mvn verify -Pbenchmark), not a test of speed: order placement throughput with 1,
 * 8, 16 and 32 clients at once, each placing 3-line orders (products drawn from 30, so orders
 * meet on the same stock levels) at one of two warehouses over HTTP with Basic authentication,
 * as fast as answers come. Orders per second and latency percentiles per client count; every
 * order must be placed (a refusal fails the run). Writes target/benchmarks/orders.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderPlacementBenchmark {

    static final int PRODUCTS = 30;
    static final long WARMUP_MILLIS = 3_000;
    static final long MEASURED_MILLIS = 10_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void ordersPerSecondByNumberOfClients() throws Exception {
        TestCatalog catalog = new TestCatalog(Api.at(base));
        List<String> warehouses = List.of(catalog.warehouse(1), catalog.warehouse(2));
        String supplier = catalog.supplier(false);
        String customer = catalog.customer("null");
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String sku = catalog.product(supplier, 0, false);
            warehouses.forEach(warehouse -> catalog.stock(warehouse, sku, 1_000_000));
            skus.add(sku);
        }
        Api clerk = Api.at(base).as("clerk", "demo");
        run(clerk, customer, warehouses, skus, 4, WARMUP_MILLIS);

        StringBuilder report = new StringBuilder("Order placement (3-line orders, 2 warehouses, " + PRODUCTS
                + " products, HTTP + Basic), " + System.getProperty("test.db", "") + "\n"
                + String.format("%8s %10s %10s %10s %10s %10s%n", "clients", "orders/s", "p50 ms", "p95 ms", "p99 ms", "failed"));
        int failed = 0;
        for (int clients : List.of(1, 8, 16, 32)) {
            Result result = run(clerk, customer, warehouses, skus, clients, MEASURED_MILLIS);
            report.append(String.format("%8d %10.1f %10d %10d %10d %10d%n", clients, result.perSecond(), result.percentile(50),
                    result.percentile(95), result.percentile(99), result.failed()));
            failed += result.failed();
        }
        BenchmarkReport.write("orders.txt", report.toString());
        assertEquals(0, failed, "every order placed");
    }

    record Result(List<Long> millis, int failed, long elapsedMillis) {
        double perSecond() {
            return millis.size() * 1000.0 / elapsedMillis;
        }

        long percentile(int p) {
            return millis.isEmpty() ? 0 : millis.get(Math.min(millis.size() - 1, millis.size() * p / 100));
        }
    }

    private static Result run(Api clerk, String customer, List<String> warehouses, List<String> skus, int clients, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.currentTimeMillis();
        long end = start + millis;
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            work.add(pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    List<String> drawn = new ArrayList<>(skus);
                    Collections.shuffle(drawn, random);
                    String body = json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d},{'sku':'%s','quantity':%d},"
                                    + "{'sku':'%s','quantity':%d}],'policy':['MULTI_WAREHOUSE','BACKORDER']}", customer,
                            warehouses.get(random.nextInt(2)), drawn.get(0), 1 + random.nextInt(5), drawn.get(1), 1 + random.nextInt(5),
                            drawn.get(2), 1 + random.nextInt(5));
                    long sent = System.nanoTime();
                    Api.Reply reply = clerk.post("/api/orders", body);
                    if (reply.status() == 201) {
                        latencies.add((System.nanoTime() - sent) / 1_000_000);
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        long elapsed = System.currentTimeMillis() - start;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, failed.get(), elapsed);
    }
}
