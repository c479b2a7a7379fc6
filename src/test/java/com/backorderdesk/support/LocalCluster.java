package com.backorderdesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Pcluster}: the whole cluster on this machine, for trying it (README "Running as a
 * cluster"). An embedded PostgreSQL from Maven Central on 127.0.0.1:15432 (its data in
 * target/local-cluster-postgresql, kept between runs; the application's schema is made afresh
 * with the demo data at each start), two nodes of target/cluster-server on 8180 and 8280, and
 * WildFly's own load balancer (target/balancer) on http://localhost:8080/. Ctrl+C stops all of it.
 * Everything talks over 127.0.0.1 only.
 */
public final class LocalCluster {

    private static final int POSTGRESQL_PORT = 15432;

    private LocalCluster() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("app.war")).getParent();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(POSTGRESQL_PORT)
                .setDataDirectory(target.resolve("local-cluster-postgresql")).setCleanDataDirectory(false).start();
        String url = "jdbc:postgresql://127.0.0.1:" + POSTGRESQL_PORT + "/postgres";
        System.setProperty("test.db", "-DBACKORDER_DB_DRIVER=postgresql -DBACKORDER_DB_URL=" + url
                + " -DBACKORDER_DB_USER=postgres -DBACKORDER_DB_PASSWORD=postgres");
        Cluster cluster = Cluster.of("local-cluster", 100, 200).balancedAt("local-cluster-balancer", 0)
                .with("-DBACKORDER_DEMO_DATA=true", "-DBACKORDER_DIGEST_TIMERS=true", "-DBACKORDER_TRUST_PROXY=true",
                        "-DBACKORDER_SMTP_HOST=" + environment("BACKORDER_SMTP_HOST", "localhost"),
                        "-DBACKORDER_SMTP_PORT=" + environment("BACKORDER_SMTP_PORT", "25"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the balancer, both nodes and PostgreSQL.");
            try {
                cluster.close();
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        System.out.println("Starting PostgreSQL (" + url + "), node1 and node2 together, then the balancer; about a minute.");
        cluster.startTogether();
        System.out.printf("%nBackorder Desk runs as a cluster: http://localhost:8080/ (admin, manager, clerk; password demo)%n"
                + "  node1 http://localhost:8180/  log %s%n  node2 http://localhost:8280/  log %s%n"
                + "  PostgreSQL %s (user postgres, password postgres, schema local_cluster)%n"
                + "Ctrl+C stops everything.%n", cluster.node(1).log(), cluster.node(2).log(), url);
        stopped.await();
    }

    private static String environment(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).orElse(fallback);
    }
}
