package com.backorderdesk.benchmark;

import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.WebSession;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark (mvn verify -Pbenchmark): the dashboard with 100,000 open orders in the database,
 * 20 users asking for it at once. First, inside the server, the orders go straight into the
 * tables; then, from outside, 20 signed-in sessions load the page 25 times each: once the way
 * people use it (each user looks at the page for a second before loading it again), once as a
 * stress test (each user asks again the moment the page arrives); then one manager exports
 * all of them as CSV, and the API lists them a thousand at a time. Load and server share the
 * machine's cores.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBenchmark {

    static final int ORDERS = 100_000;
    static final int USERS = 20;
    static final int REQUESTS_EACH = 25;
    /** About the size of the rendered dashboard (the benchmark prints both). */
    static final int FLOOR_BYTES = 8_700;

    @Deployment
    static WebArchive deployment() {
        // the floor: WildFly serving a static file of about the dashboard's size from the same server
        return Deployments.withTests(DashboardBenchmark.class, DashboardBenchmark.Load.class, BenchmarkReport.class, WebSession.class)
                .addAsWebResource(new org.jboss.shrinkwrap.api.asset.StringAsset("/*" + "x".repeat(FLOOR_BYTES - 4) + "*/"), "static/dashboard-floor.css");
    }

    @Inject
    Warehouses warehouses;
    @Inject
    Suppliers suppliers;
    @Inject
    Products products;
    @Inject
    Customers customers;
    @Inject
    com.backorderdesk.backorders.Dashboard dashboard;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @Test
    @Order(1)
    void seedOneHundredThousandOpenOrders() throws SQLException {
        warehouses.create(new WarehouseData("DB-W", "Dashboard bench", 950, true));
        suppliers.create(new SupplierData("DB-S", "Dashboard bench", "b@example.com", 3, false));
        for (int p = 0; p < 20; p++) {
            products.create(new ProductData("DB-P" + p, "Dashboard bench " + p, BigDecimal.TEN, BigDecimal.ONE, 0, "DB-S", false));
        }
        for (int c = 0; c < 50; c++) {
            customers.create(new CustomerData("DB-C" + c, "Dashboard customer " + c, "c@example.com", "1 Road", null, null));
        }
        seed("DB-W", "DB-", ORDERS, 7_000_000_000L);
        try (Connection c = dataSource.getConnection()) {
            assertEquals(ORDERS, single(c, "select count(*) from sales_order where number like 'DB-%'"));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void twentyUsersLoadTheDashboard(@ArquillianResource URL base) throws Exception {
        assertEquals(String.valueOf(ORDERS), Api.at(base).as("manager", "demo")
                .get("/api/backorders?warehouse=DB-W&size=1").header("X-Total-Count"), "the orders are in the database");
        Load paced = load(base, "/", 1_000);
        Load stress = load(base, "/", 0);
        Load floor = load(base, "/static/dashboard-floor.css", 0);
        int size = new WebSession(base).login("manager", "demo").get("/").body().length();
        BenchmarkReport.write("dashboard.txt", String.format("Dashboard with %,d open orders, %d concurrent users, %d requests each%n"
                + "  users reading the page for 1 s between loads: %s%n  no pause at all (stress):                   %s%n"
                + "  floor, a static file of %,d bytes (the page: %,d) from the same server, no pause: %s%n",
                ORDERS, USERS, REQUESTS_EACH, paced, stress, FLOOR_BYTES, size, floor));
        BenchmarkReport.figure("dashboard-100000-stress-p95", stress.p95(), floor.p95(), "ms");
        BenchmarkReport.figure("dashboard-100000-stress-throughput", Math.round(stress.perSecond()), Math.round(floor.perSecond()), "pages/s");
    }

    @Test
    @Order(3)
    @RunAsClient
    void oneManagerExportsEveryWaitingOrderAsCsv(@ArquillianResource URL base) throws Exception {
        WebSession session = new WebSession(base).login("manager", "demo");
        long start = System.nanoTime();
        HttpResponse<String> csv = session.get("/backorders.csv?warehouse=DB-W");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, csv.statusCode());
        long rows = csv.body().lines().count() - 1;
        assertEquals(ORDERS, rows, "every waiting order is a row");
        BenchmarkReport.write("csv.txt", String.format("CSV export of all %,d waiting orders of a warehouse: %,d ms, %,d KB%n",
                rows, millis, csv.body().length() / 1024));
    }

    @Test
    @Order(4)
    @RunAsClient
    void theApiListsAThousandOrdersAtATime(@ArquillianResource URL base) throws Exception {
        Api manager = Api.at(base).as("manager", "demo");
        StringBuilder report = new StringBuilder(String.format("API pages of 1,000 among %,d open orders (page 50, median of 5)%n", ORDERS));
        for (String path : List.of("/api/orders?warehouse=DB-W&size=1000&page=50", "/api/backorders?warehouse=DB-W&size=1000&page=50")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                Api.Reply reply = manager.get(path);
                times.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(200, reply.status(), reply::toString);
                assertEquals(1000, reply.array().size());
            }
            Collections.sort(times);
            report.append(String.format("  %-50s %,d ms%n", path, times.get(2)));
        }
        BenchmarkReport.write("lists.txt", report.toString());
    }

    /** The timings of one load run: percentiles over every request, and pages per second over the run. */
    record Load(List<Long> sorted, double perSecond) {
        long p95() {
            return sorted.get((int) (sorted.size() * 0.95));
        }

        @Override
        public String toString() {
            return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, %.0f pages/s", sorted.get(sorted.size() / 2), p95(),
                    sorted.get((int) (sorted.size() * 0.99)), sorted.get(sorted.size() - 1), perSecond);
        }
    }

    /** Every user signs in, loads {@code path} once, then {@link #REQUESTS_EACH} times timed, pausing {@code thinkMillis} (staggered) between loads. */
    private static Load load(URL base, String path, long thinkMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<List<Long>>> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            long offset = thinkMillis * u / USERS;
            users.add(pool.submit(() -> {
                WebSession session = new WebSession(base).login("manager", "demo");
                session.get(path);
                Thread.sleep(offset);
                List<Long> times = new ArrayList<>();
                for (int r = 0; r < REQUESTS_EACH; r++) {
                    long start = System.nanoTime();
                    HttpResponse<String> page = session.get(path);
                    times.add((System.nanoTime() - start) / 1_000_000);
                    assertEquals(200, page.statusCode());
                    Thread.sleep(thinkMillis);
                }
                return times;
            }));
        }
        long start = System.nanoTime();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> user : users) {
            all.addAll(user.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Load(all, all.size() / seconds);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code count} open orders of one line each at a warehouse, straight into the tables. */
    private void seed(String warehouseCode, String prefix, int count, long base) throws SQLException {
        String[] statuses = {"BACKORDERED", "PARTIALLY_COMPLETED", "PARKED"};
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            long warehouse = single(c, "select id from warehouse where code = '" + warehouseCode + "'");
            long firstProduct = single(c, "select min(id) from product where sku like 'DB-P%'");
            long firstCustomer = single(c, "select min(id) from customer where code like 'DB-C%'");
            try (PreparedStatement order = c.prepareStatement("insert into sales_order (id, number, customer_id, warehouse_id, status, policy, rush, created_at, created_by, version) values (?, ?, ?, ?, ?, 'BACKORDER', false, ?, 'clerk', 0)");
                 PreparedStatement line = c.prepareStatement("insert into order_line (id, order_id, line_no, product_id, quantity, processed, allocated, in_transfer, drop_shipped, backordered, shipped, cancelled) values (?, ?, 1, ?, 5, ?, 0, 0, 0, ?, 0, 0)")) {
                for (int i = 0; i < count; i++) {
                    String status = statuses[i % 3];
                    order.setLong(1, base + i);
                    order.setString(2, prefix + i);
                    order.setLong(3, firstCustomer + (i % 50));
                    order.setLong(4, warehouse);
                    order.setString(5, status);
                    order.setTimestamp(6, Timestamp.from(now.minusSeconds((long) (i % 60) * 86_400 + i)));
                    order.addBatch();
                    int processed = status.equals("PARTIALLY_COMPLETED") ? 2 : 0;
                    line.setLong(1, base + i);
                    line.setLong(2, base + i);
                    line.setLong(3, firstProduct + (i % 20));
                    line.setInt(4, processed);
                    line.setInt(5, 5 - processed);
                    line.addBatch();
                    if (i % 1000 == 999) {
                        order.executeBatch();
                        line.executeBatch();
                    }
                }
                order.executeBatch();
                line.executeBatch();
            }
        }
    }

    /**
     * How the dashboard's cost grows with the orders it sums up: its figures computed afresh
     * after a change (what the cache does when an order changed) for a warehouse of 1,000, of
     * 10,000 and of 100,000 open orders, the median of five each, inside the server.
     */
    @Test
    @Order(5)
    void theDashboardsCostGrowsWithItsOrders() throws Exception {
        warehouses.create(new WarehouseData("DB-W1K", "Dashboard bench 1,000", 951, true));
        warehouses.create(new WarehouseData("DB-W10K", "Dashboard bench 10,000", 952, true));
        seed("DB-W1K", "DK1-", 1_000, 7_100_000_000L);
        seed("DB-W10K", "DK10-", 10_000, 7_200_000_000L);
        StringBuilder report = new StringBuilder("The dashboard's figures computed afresh after a change of one order, median of 5 (orders: ms)\n");
        for (String[] size : new String[][]{{"DB-W1K", "1000"}, {"DB-W10K", "10000"}, {"DB-W", "100000"}}) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                changeAnOrder(size[0]);
                long start = System.nanoTime();
                dashboard.view(size[0], null);
                if (i > 0) { // the first also warms up
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            Collections.sort(times);
            report.append(String.format("%,9d orders: %,6d ms%n", Integer.parseInt(size[1]), times.get(times.size() / 2)));
        }
        BenchmarkReport.write("dashboard-scaling.txt", report.toString());
    }

    /**
     * One order of the warehouse changes before each computation, as the cache computes again
     * after a change: H2 answers a statement it ran before from its last result while no table
     * changed, and with each connection keeping its statements the figures would be that.
     */
    private void changeAnOrder(String warehouse) throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement st = c.prepareStatement(
                "update sales_order set version = version + 1 where id = (select min(o.id) from sales_order o "
                        + "join warehouse w on w.id = o.warehouse_id where w.code = ?)")) {
            st.setString(1, warehouse);
            assertEquals(1, st.executeUpdate());
        }
    }
}
