package com.backorderdesk.benchmark;

import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.BulkWrites;
import com.backorderdesk.purchasing.PurchaseOrders;
import com.backorderdesk.purchasing.ReceiptData;
import com.backorderdesk.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark (mvn verify -Pbenchmark), not a test of speed: one receipt that fills 10,000
 * waiting backorder lines of one product (a fresh product each time: 1,000 lines first, then
 * 10,000 eight times, so the first rounds also show the server warming up; the medians are of
 * the last six), each beside its floor, measured right after it on lines seeded the same way,
 * with where the time went. The figure's ratio is the median of those six rounds' own ratios.
 * Then the same at 1,000 and 100,000 lines, to show how the cost grows. Prints and writes it
 * all to target/benchmarks/receipt.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ReceiptBenchmark {

    static final int LINES = 10_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ReceiptBenchmark.class, BenchmarkReport.class);
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
    PurchaseOrders purchaseOrders;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;
    @PersistenceUnit
    EntityManagerFactory emf;

    /** One receipt measured, its floor beside it, and where the application's time went. */
    record Round(int lines, long millis, long floorMillis, long statementMillis, long idMillis, String line) {
        double ratio() {
            return millis / (double) Math.max(1, floorMillis);
        }
    }

    @Test
    void oneReceiptFillsTenThousandWaitingLines() throws Exception {
        String database;
        try (Connection c = dataSource.getConnection()) {
            // the address says which H2: in memory (the tests' default) or in a file (the application's default)
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()
                    + " at " + c.getMetaData().getURL().split(";")[0];
        }
        String kind = database.startsWith("PostgreSQL") ? "postgresql" : database.contains(":mem:") ? "h2-memory" : "h2-file";
        StringBuilder report = new StringBuilder("Receipt filling waiting backorder lines of one product (" + database + ", in one transaction)\n");
        List<Round> rounds = new ArrayList<>();
        for (int lines : List.of(1_000, LINES, LINES, LINES, LINES, LINES, LINES, LINES, LINES)) {
            Round round = measure(lines);
            report.append(round.line());
            rounds.add(round);
        }
        List<Round> warm = rounds.subList(3, rounds.size()); // the first rounds also show the server warming up
        long median = median(warm.stream().map(Round::millis).toList());
        long floorMedian = median(warm.stream().map(Round::floorMillis).toList());
        // each round's floor runs right after its receipt: their ratio is what the machine's drift leaves alone
        List<Double> ratios = warm.stream().map(Round::ratio).sorted().toList();
        double ratio = (ratios.get((ratios.size() - 1) / 2) + ratios.get(ratios.size() / 2)) / 2;
        report.append(String.format("median of the last %d rounds of %,d lines: %,d ms; floor %,d ms%n", warm.size(), LINES, median, floorMedian));
        report.append(String.format(java.util.Locale.ROOT, "each round's ratio to its own floor: %s; median %.2f%n",
                String.join("; ", warm.stream().map(r -> String.format(java.util.Locale.ROOT, "%.2f", r.ratio())).toList()), ratio));
        report.append(String.format("where the time beyond the floor goes (medians): the set-based statements %,d ms, ids %,d ms, "
                        + "the rest (reading the waiting lines, the receipt's entities, the alerts and notices it starts, the commit) %,d ms%n",
                median(warm.stream().map(Round::statementMillis).toList()), median(warm.stream().map(Round::idMillis).toList()),
                median(warm.stream().map(r -> r.millis() - r.statementMillis() - r.idMillis()).toList())));
        BenchmarkReport.figure("receipt-10000-" + kind, median, floorMedian, ratio, "ms");

        // how the cost grows: the same receipt at a tenth and at ten times the lines
        java.util.TreeMap<Integer, double[]> curve = new java.util.TreeMap<>(); // lines -> {ms, floor ms, ratio}
        curve.put(LINES, new double[]{median, floorMedian, ratio});
        for (int lines : List.of(1_000, 100_000)) {
            List<Round> sized = new ArrayList<>();
            for (int i = 0; i < (lines == 1_000 ? 3 : 1); i++) {
                sized.add(measure(lines));
            }
            long app = median(sized.stream().map(Round::millis).toList());
            long floor = median(sized.stream().map(Round::floorMillis).toList());
            BenchmarkReport.figure("receipt-" + lines + "-" + kind, app, floor, "ms");
            curve.put(lines, new double[]{app, floor, app / (double) Math.max(1, floor)});
        }
        report.append("\nscaling (lines: application ms / floor ms, ratio; at 10,000 the median of the rounds' ratios)\n");
        curve.forEach((lines, times) -> report.append(String.format("%,9d lines: %,7d ms / %,7d ms, ratio %.2f%n",
                lines, Math.round(times[0]), Math.round(times[1]), times[2])));
        BenchmarkReport.write("receipt.txt", report.toString());
    }

    private Round measure(int lines) throws SQLException {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String po = seed(id, lines);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        long setBased = BulkWrites.statementsExecuted();
        long statementNanos = BulkWrites.statementNanos();
        long idNanos = BulkWrites.idNanos();
        long start = System.nanoTime();
        PurchaseOrders.Receipt receipt = purchaseOrders.receive(po, new ReceiptData(List.of(new ReceiptData.Line("BP-" + id, lines))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long statements = stats.getPrepareStatementCount();
        setBased = BulkWrites.statementsExecuted() - setBased;
        long statementMillis = (BulkWrites.statementNanos() - statementNanos) / 1_000_000;
        long idMillis = (BulkWrites.idNanos() - idNanos) / 1_000_000;
        stats.setStatisticsEnabled(false);
        assertEquals(lines, receipt.matches().size(), "every waiting line was filled");
        // the floor, on lines of its own seeded the same way: the same statements in plain JDBC, one commit
        String floorId = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        seed(floorId, lines);
        long floorMillis = floor(floorId, lines);
        String line = String.format("%,d lines: %,d ms (set-based statements %,d ms, ids %,d ms, the rest %,d ms); %,d statements prepared by Hibernate, "
                        + "%,d set-based statements (whole columns, UNNEST); %,d entities inserted, %,d updated%n"
                        + "    floor, the same five set-based statements in plain JDBC: %,d ms%n",
                lines, millis, statementMillis, idMillis, millis - statementMillis - idMillis, statements, setBased,
                stats.getEntityInsertCount(), stats.getEntityUpdateCount(), floorMillis);
        return new Round(lines, millis, floorMillis, statementMillis, idMillis, line);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    }

    /**
     * The floor of a receipt: the very five set-based statements the application runs for
     * {@code lines} filled lines (a match per line, each line and order moved on, a
     * pick-pack-ship record and its line per order: whole columns through UNNEST), then the stock
     * level and the purchase order line, in plain JDBC in one transaction, and the commit.
     * Timed from building the first slice's columns; reading the waiting lines and making the ids are the
     * application's own work beyond the floor.
     */
    private long floor(String id, int lines) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long warehouse = id(c, "warehouse", "code", "BW-" + id);
            long product = id(c, "product", "sku", "BP-" + id);
            List<long[]> waiting = new ArrayList<>(); // {line id, order id, order version}
            try (PreparedStatement st = c.prepareStatement("select l.id, o.id, o.version from order_line l join sales_order o on o.id = l.order_id "
                    + "where l.product_id = ? and l.backordered > 0 and o.warehouse_id = ? order by o.rush desc, o.created_at, o.id")) {
                st.setLong(1, product);
                st.setLong(2, warehouse);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        waiting.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            int n = waiting.size();
            long base = single(c, "select max(id) from shipment") + 10_000_000;
            long start = System.nanoTime();
            c.setAutoCommit(false);
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
            // in slices of 50,000 rows, as the application writes them (H2 holds at most 65,536 elements in an array)
            for (int from = 0; from < n; from += 50_000) {
                int size = Math.min(n, from + 50_000) - from;
                Long[] ids = new Long[size];
                Long[] lineIds = new Long[size];
                Long[] orderIds = new Long[size];
                Long[] versions = new Long[size];
                Integer[] ones = new Integer[size];
                String[] numbers = new String[size];
                String[] statuses = new String[size];
                String[] recipients = new String[size];
                for (int i = 0; i < size; i++) {
                    long[] row = waiting.get(from + i);
                    ids[i] = base + from + i;
                    lineIds[i] = row[0];
                    orderIds[i] = row[1];
                    versions[i] = row[2];
                    ones[i] = 1;
                    numbers[i] = "FL" + id + "-" + (from + i);
                    statuses[i] = "COMPLETED";
                    recipients[i] = "manager";
                }
                columns(c, "insert into restock_match (id, order_id, order_line_id, quantity, kind, source, at, recipient) "
                        + "select u.id, u.order_id, u.line_id, u.quantity, ?, ?, ?, u.recipient from unnest(?, ?, ?, ?, ?) "
                        + "as u(id, order_id, line_id, quantity, recipient)", "RECEIPT", "FLOOR-" + id, now,
                        c.createArrayOf("bigint", ids), c.createArrayOf("bigint", orderIds), c.createArrayOf("bigint", lineIds),
                        c.createArrayOf("integer", ones), c.createArrayOf("varchar", recipients));
                columns(c, "merge into order_line l using (select * from unnest(?, ?)) as u(id, quantity) on l.id = u.id and l.backordered >= u.quantity "
                        + "when matched then update set processed = l.processed + u.quantity, backordered = l.backordered - u.quantity, version = l.version + 1",
                        c.createArrayOf("bigint", lineIds), c.createArrayOf("integer", ones));
                columns(c, "merge into sales_order o using (select * from unnest(?, ?, ?)) as u(id, version, status) on o.id = u.id and o.version = u.version "
                        + "when matched then update set status = u.status, version = o.version + 1",
                        c.createArrayOf("bigint", orderIds), c.createArrayOf("bigint", versions), c.createArrayOf("varchar", statuses));
                columns(c, "insert into shipment (id, number, order_id, warehouse_id, status, created_at, version) "
                        + "select u.id, u.number, u.order_id, ?, ?, ?, 0 from unnest(?, ?, ?) as u(id, number, order_id)",
                        warehouse, "OPEN", now, c.createArrayOf("bigint", ids), c.createArrayOf("varchar", numbers), c.createArrayOf("bigint", orderIds));
                columns(c, "insert into shipment_line (id, shipment_id, order_line_id, quantity) select * from unnest(?, ?, ?, ?)",
                        c.createArrayOf("bigint", ids), c.createArrayOf("bigint", ids), c.createArrayOf("bigint", lineIds), c.createArrayOf("integer", ones));
            }
            columns(c, "update stock_level set on_hand = on_hand + ?, allocated = allocated + ?, version = version + 1 where product_id = ? and warehouse_id = ?",
                    lines, lines, product, warehouse);
            columns(c, "update purchase_order_line set received = received + ? where product_id = ? "
                    + "and purchase_order_id = (select id from purchase_order where number = ?)", lines, product, "BPO-" + id);
            c.commit();
            assertEquals(lines, n, "the floor filled as many lines");
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static void columns(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof java.sql.Array array) {
                    statement.setArray(i + 1, array);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            statement.executeUpdate();
        }
    }

    /** The catalogue through the services, then the waiting orders and the purchase order straight into the tables. */
    private String seed(String id, int lines) throws SQLException {
        warehouses.create(new WarehouseData("BW-" + id, "Bench", 900, true));
        suppliers.create(new SupplierData("BS-" + id, "Bench", "b@example.com", 3, false));
        products.create(new ProductData("BP-" + id, "Bench", BigDecimal.ONE, BigDecimal.ONE, 0, "BS-" + id, false));
        customers.create(new CustomerData("BC-" + id, "Bench", "c@example.com", "1 Road", null, null));
        Instant created = Instant.now().minusSeconds(3600);
        try (Connection c = dataSource.getConnection()) {
            // ids far above what the sequences hand out, and above the previous round's
            long base = Math.max(5_000_000_000L, single(c, "select max(id) from sales_order") + 1_000_000);
            long warehouse = id(c, "warehouse", "code", "BW-" + id);
            long product = id(c, "product", "sku", "BP-" + id);
            long customer = id(c, "customer", "code", "BC-" + id);
            long supplier = id(c, "supplier", "code", "BS-" + id);
            c.setAutoCommit(false); // one commit: H2 would otherwise write its file once per row of a batch
            try (PreparedStatement order = c.prepareStatement("insert into sales_order (id, number, customer_id, warehouse_id, status, policy, rush, created_at, created_by, version) values (?, ?, ?, ?, 'BACKORDERED', 'BACKORDER', false, ?, 'manager', 0)");
                 PreparedStatement line = c.prepareStatement("insert into order_line (id, order_id, line_no, product_id, quantity, processed, allocated, in_transfer, drop_shipped, backordered, shipped, cancelled) values (?, ?, 1, ?, 1, 0, 0, 0, 0, 1, 0, 0)")) {
                for (int i = 0; i < lines; i++) {
                    order.setLong(1, base + i);
                    order.setString(2, "B" + id + "-" + i);
                    order.setLong(3, customer);
                    order.setLong(4, warehouse);
                    order.setTimestamp(5, Timestamp.from(created.plusMillis(i)));
                    order.addBatch();
                    line.setLong(1, base + i);
                    line.setLong(2, base + i);
                    line.setLong(3, product);
                    line.addBatch();
                    if (i % 500 == 499) {
                        order.executeBatch();
                        line.executeBatch();
                    }
                }
                order.executeBatch();
                line.executeBatch();
            }
            try (PreparedStatement po = c.prepareStatement("insert into purchase_order (id, number, supplier_id, warehouse_id, type, status, created_at, version) values (?, ?, ?, ?, 'STOCK', 'OPEN', ?, 0)");
                 PreparedStatement pol = c.prepareStatement("insert into purchase_order_line (id, purchase_order_id, product_id, quantity, received) values (?, ?, ?, ?, 0)")) {
                po.setLong(1, base);
                po.setString(2, "BPO-" + id);
                po.setLong(3, supplier);
                po.setLong(4, warehouse);
                po.setTimestamp(5, Timestamp.from(created));
                po.executeUpdate();
                pol.setLong(1, base);
                pol.setLong(2, base);
                pol.setLong(3, product);
                pol.setInt(4, lines);
                pol.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // as after any bulk load: the planner learns of the new rows now, not when autovacuum
                // next looks (else the floor's read of 100,000 waiting lines took a plan of minutes)
                try (var analyze = c.createStatement()) {
                    analyze.execute("analyze sales_order, order_line");
                }
            }
        }
        return "BPO-" + id;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long id(Connection c, String table, String column, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select id from " + table + " where " + column + " = ?")) {
            st.setString(1, value);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
