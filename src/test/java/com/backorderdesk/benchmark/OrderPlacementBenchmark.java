package com.backorderdesk.benchmark;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.HashMap;
import java.sql.Statement;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.Connection;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
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
 * order must be placed (a refusal fails the run). Beside each, its floor in the same run: a
 * TPC-C New-Order-like transaction in plain JDBC on the same database (read the customer and
 * the warehouse, lock and update the three stock rows in id order, insert the order and its
 * lines, commit) by as many threads, on tables of its own. Runs inside the server (the floor
 * needs its database), talking HTTP to it. Writes target/benchmarks/orders.txt and summary.txt.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPlacementBenchmark {

    static final int PRODUCTS = 30;
    static final long WARMUP_MILLIS = 3_000;
    static final long MEASURED_MILLIS = 10_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(OrderPlacementBenchmark.class, OrderPlacementBenchmark.Result.class, OrderPlacementBenchmark.Attempt.class,
                BenchmarkReport.class, Api.class, Api.Reply.class, TestCatalog.class);
    }

    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource database;

    private final String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

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
                + " products, HTTP + Basic) and its floor (New-Order in plain JDBC), " + System.getProperty("test.db", "") + "\n"
                + String.format("%8s %10s %10s %10s %10s %10s %12s %8s%n", "clients", "orders/s", "p50 ms", "p95 ms", "p99 ms", "failed",
                "floor/s", "ratio"));
        int failed = 0;
        createFloorTables(warehouses, skus);
        try {
            floor(customer, warehouses, skus, 4, WARMUP_MILLIS);
            for (int clients : List.of(1, 8, 16, 32)) {
                Result result = run(clerk, customer, warehouses, skus, clients, MEASURED_MILLIS);
                Result floor = floor(customer, warehouses, skus, clients, MEASURED_MILLIS);
                report.append(String.format("%8d %10.1f %10d %10d %10d %10d %12.1f %8.2f%n", clients, result.perSecond(), result.percentile(50),
                        result.percentile(95), result.percentile(99), result.failed(), floor.perSecond(), result.perSecond() / floor.perSecond()));
                BenchmarkReport.figure("orders-" + clients + "-clients-" + database(), result.perSecond(), floor.perSecond(), "orders/s");
                failed += result.failed();
            }
        } finally {
            dropFloorTables();
        }
        BenchmarkReport.write("orders.txt", report.toString());
        assertEquals(0, failed, "every order placed");
    }

    /** "h2" or "postgresql", for the figures' names. */
    private static String database() {
        return System.getProperty("BACKORDER_DB_DRIVER", "h2");
    }

    private void createFloorTables(List<String> warehouses, List<String> skus) throws Exception {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            dropFloorTables(st);
            st.execute("create table floor_stock (id bigint not null primary key, product_id bigint not null, warehouse_id bigint not null, "
                    + "on_hand integer not null, allocated integer not null, version bigint not null)");
            st.execute("insert into floor_stock select l.id, l.product_id, l.warehouse_id, l.on_hand, 0, 0 from stock_level l "
                    + "join product p on p.id = l.product_id where p.sku in (" + String.join(",", skus.stream().map(sku -> "'" + sku + "'").toList())
                    + ")");
            st.execute("create table floor_order (id bigint not null primary key, number varchar(30) not null, customer_id bigint not null, "
                    + "warehouse_id bigint not null, status varchar(30) not null, created_at timestamp with time zone not null)");
            st.execute("create table floor_order_line (id bigint not null primary key, order_id bigint not null references floor_order (id), "
                    + "product_id bigint not null, quantity integer not null, processed integer not null)");
            st.execute("create index floor_order_line_order_ix on floor_order_line (order_id)");
        }
    }

    private void dropFloorTables() throws Exception {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            dropFloorTables(st);
        }
    }

    private static void dropFloorTables(Statement st) throws Exception {
        st.execute("drop table if exists floor_order_line");
        st.execute("drop table if exists floor_order");
        st.execute("drop table if exists floor_stock");
    }

    private final AtomicLong floorIds = new AtomicLong();

    /** The floor, driven like the application: the same number of threads, orders drawn the same way. */
    private Result floor(String customer, List<String> warehouses, List<String> skus, int clients, long millis) throws Exception {
        Map<String, long[]> levels = new HashMap<>(); // warehouse|sku -> {level id, product id}
        try (Connection c = database.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select f.id, f.product_id, w.code, p.sku from floor_stock f join warehouse w on w.id = f.warehouse_id "
                     + "join product p on p.id = f.product_id")) {
            while (rs.next()) {
                levels.put(rs.getString(3) + "|" + rs.getString(4), new long[]{rs.getLong(1), rs.getLong(2)});
            }
        }
        return drive(clients, millis, random -> {
            List<String> drawn = new ArrayList<>(skus);
            Collections.shuffle(drawn, random);
            String warehouse = warehouses.get(random.nextInt(2));
            long[][] lines = new long[3][];
            for (int i = 0; i < 3; i++) {
                long[] level = levels.get(warehouse + "|" + drawn.get(i));
                lines[i] = new long[]{level[0], level[1], 1 + random.nextInt(5)};
            }
            java.util.Arrays.sort(lines, java.util.Comparator.comparingLong(l -> l[0]));
            newOrder(customer, warehouse, lines);
            return true;
        });
    }

    /** TPC-C New-Order in miniature: read, lock and update the stock rows, insert the order and its lines, commit. */
    private void newOrder(String customer, String warehouse, long[][] lines) throws Exception {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            long customerId;
            long warehouseId;
            try (PreparedStatement read = c.prepareStatement("select id from customer where code = ?")) {
                read.setString(1, customer);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    customerId = rs.getLong(1);
                }
            }
            try (PreparedStatement read = c.prepareStatement("select id from warehouse where code = ?")) {
                read.setString(1, warehouse);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    warehouseId = rs.getLong(1);
                }
            }
            try (PreparedStatement lock = c.prepareStatement("select on_hand - allocated from floor_stock where id = ? for update");
                 PreparedStatement take = c.prepareStatement("update floor_stock set allocated = allocated + ?, version = version + 1 where id = ?")) {
                for (long[] line : lines) {
                    lock.setLong(1, line[0]);
                    try (ResultSet rs = lock.executeQuery()) {
                        rs.next();
                    }
                    take.setLong(1, line[2]);
                    take.setLong(2, line[0]);
                    take.executeUpdate();
                }
            }
            long orderId = floorIds.incrementAndGet();
            try (PreparedStatement order = c.prepareStatement("insert into floor_order (id, number, customer_id, warehouse_id, status, created_at) "
                    + "values (?, ?, ?, ?, 'PARTIALLY_COMPLETED', ?)")) {
                order.setLong(1, orderId);
                order.setString(2, "FO-" + orderId);
                order.setLong(3, customerId);
                order.setLong(4, warehouseId);
                order.setObject(5, java.time.OffsetDateTime.now());
                order.executeUpdate();
            }
            try (PreparedStatement line = c.prepareStatement("insert into floor_order_line (id, order_id, product_id, quantity, processed) values (?, ?, ?, ?, ?)")) {
                for (long[] l : lines) {
                    line.setLong(1, floorIds.incrementAndGet());
                    line.setLong(2, orderId);
                    line.setLong(3, l[1]);
                    line.setLong(4, l[2]);
                    line.setLong(5, l[2]);
                    line.addBatch();
                }
                line.executeBatch();
            }
            c.commit();
        }
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
        return drive(clients, millis, random -> {
            List<String> drawn = new ArrayList<>(skus);
            Collections.shuffle(drawn, random);
            String body = json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':%d},{'sku':'%s','quantity':%d},"
                            + "{'sku':'%s','quantity':%d}],'policy':['MULTI_WAREHOUSE','BACKORDER']}", customer,
                    warehouses.get(random.nextInt(2)), drawn.get(0), 1 + random.nextInt(5), drawn.get(1), 1 + random.nextInt(5),
                    drawn.get(2), 1 + random.nextInt(5));
            return clerk.post("/api/orders", body).status() == 201;
        });
    }

    /** One order placed by a client thread: true when it was placed. */
    interface Attempt {
        boolean attempt(Random random) throws Exception;
    }

    /** {@code clients} threads making attempts as fast as they are answered for {@code millis}, each timed; a throw is a failure. */
    private static Result drive(int clients, long millis, Attempt attempt) throws Exception {
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
                    long sent = System.nanoTime();
                    boolean placed;
                    try {
                        placed = attempt.attempt(random);
                    } catch (Exception e) {
                        placed = false;
                    }
                    if (placed) {
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
