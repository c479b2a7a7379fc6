package com.backorderdesk.support;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many people at work at once, over HTTP: clerks placing short orders for overlapping products
 * at two warehouses (pulling from the other one when short), managers receiving a purchase
 * order a few units at a time, and a stock counter counting up. Every answer is kept, so a
 * test can say what was promised to whom; a request whose connection broke (the server died)
 * was never answered and promises nothing.
 */
public final class Storm {

    /** The catalogue a storm works on: two warehouses, products of one supplier, a purchase order to receive. */
    public record Stage(String main, String other, List<String> skus, String counted, String customer, String purchaseOrder) {

        /**
         * Sets the stage: 30 of each product at each warehouse, then an order of 500 of each at
         * the main warehouse, so that a purchase order waits to be received and every receipt
         * fills a waiting line.
         */
        public static Stage create(Api api, int products) {
            TestCatalog catalog = new TestCatalog(api);
            String main = catalog.warehouse(1);
            String other = catalog.warehouse(2);
            String supplier = catalog.supplier(false);
            List<String> skus = new ArrayList<>();
            for (int i = 0; i < products; i++) {
                String sku = catalog.product(supplier, 10, false);
                catalog.stock(main, sku, 30);
                catalog.stock(other, sku, 30);
                skus.add(sku);
            }
            String counted = catalog.product(catalog.supplier(false), 0, false);
            catalog.stock(main, counted, 5);
            String customer = catalog.customer("null");
            StringBuilder lines = new StringBuilder();
            for (String sku : skus) {
                lines.append(lines.isEmpty() ? "" : ",").append(json("{'sku':'%s','quantity':500}", sku));
            }
            Api.Reply soak = api.as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[%s],'policy':['BACKORDER']}",
                    customer, main, lines));
            assertEquals(201, soak.status(), soak::toString);
            return new Stage(main, other, skus, counted, customer, soak.object().getJsonArray("purchaseOrders").getString(0));
        }
    }

    public record Order(String number, Map<String, Integer> quantities) {
    }

    public record Receipt(String reference, String sku, int quantity) {
    }

    public record Count(String warehouse, String sku, int onHand) {
    }

    /** Everything that was answered, and what was answered other than yes. */
    public record Answers(List<Order> orders, List<Receipt> receipts, List<Count> counts, List<String> refused, int unanswered) {
    }

    private final Api clerk;
    private final Api manager;
    private final Stage stage;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Order> orders = Collections.synchronizedList(new ArrayList<>());
    private final List<Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
    private final List<Count> counts = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unanswered = Collections.synchronizedList(new ArrayList<>());

    public Storm(Api api, Stage stage) {
        this.clerk = api.as("clerk", "demo");
        this.manager = api.as("manager", "demo");
        this.stage = stage;
    }

    /**
     * Runs {@code clerks} order-placing clients with {@code ordersEach} orders each, two
     * receiving clients and one counting client alongside them (each with {@code receiptsEach}
     * requests), until all are done or {@link #stop} is called; then answers what was answered.
     */
    public Answers run(int clerks, int ordersEach, int receiptsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clerks + 3);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                long seed = i;
                work.add(pool.submit(() -> repeat(ordersEach, () -> placeOrder(new Random(seed)))));
            }
            for (int i = 0; i < 2; i++) {
                long seed = 1000 + i;
                work.add(pool.submit(() -> repeat(receiptsEach, () -> receive(new Random(seed)))));
            }
            work.add(pool.submit(() -> repeat(receiptsEach, this::count)));
            for (Future<?> done : work) {
                done.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Answers(List.copyOf(orders), List.copyOf(receipts), List.copyOf(counts), List.copyOf(refused), unanswered.size());
    }

    /** Ends every client after the request it is sending (as when the server has been killed). */
    public void stop() {
        stopped.set(true);
    }

    private void repeat(int times, Runnable request) {
        for (int i = 0; i < times && !stopped.get(); i++) {
            try {
                request.run();
            } catch (IllegalStateException broken) {
                // the connection broke: not answered, and this client has nobody to talk to any more
                unanswered.add(broken.getMessage());
                return;
            }
        }
    }

    private void placeOrder(Random random) {
        List<String> skus = new ArrayList<>(stage.skus());
        Collections.shuffle(skus, random);
        Map<String, Integer> quantities = new LinkedHashMap<>();
        StringBuilder lines = new StringBuilder();
        for (String sku : skus.subList(0, 3)) {
            int quantity = 1 + random.nextInt(3);
            quantities.put(sku, quantity);
            lines.append(lines.isEmpty() ? "" : ",").append(json("{'sku':'%s','quantity':%d}", sku, quantity));
        }
        String warehouse = random.nextBoolean() ? stage.main() : stage.other();
        Api.Reply reply = clerk.post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[%s],'policy':['MULTI_WAREHOUSE','BACKORDER']}",
                stage.customer(), warehouse, lines));
        if (reply.status() == 201) {
            orders.add(new Order(reply.object().getString("number"), quantities));
        } else {
            refused.add("order: " + reply);
        }
    }

    private void receive(Random random) {
        String sku = stage.skus().get(random.nextInt(stage.skus().size()));
        Api.Reply reply = manager.post("/api/purchase-orders/" + stage.purchaseOrder() + "/receipts",
                json("{'lines':[{'sku':'%s','quantity':2}]}", sku));
        if (reply.status() == 200) {
            receipts.add(new Receipt(reply.object().getString("reference"), sku, 2));
        } else {
            refused.add("receipt: " + reply);
        }
    }

    /** Counts up by 3: only this client changes the counted product's on-hand, so a count is never below what is promised. */
    private void count() {
        JsonObject level = new TestCatalog(manager).level(stage.main(), stage.counted());
        int onHand = level.getInt("onHand") + 3;
        Api.Reply reply = manager.put("/api/stock/" + stage.main() + "/" + stage.counted(), json("{'onHand':%d,'reason':'storm count'}", onHand));
        if (reply.status() == 200) {
            counts.add(new Count(stage.main(), stage.counted(), onHand));
        } else {
            refused.add("count: " + reply);
        }
    }
}
