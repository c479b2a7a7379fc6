package com.backorderdesk.support;

import org.h2.tools.Server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Two nodes of the HA server (target/cluster-server) on loopback, sharing one database: the
 * tests' PostgreSQL when {@code test.db} names one (a schema of their own), else an H2 database
 * served over TCP on 127.0.0.1 from this JVM (so that a machine with only a JDK runs it too).
 * JGroups finds the nodes by a static member list: their jgroups-tcp ports, 7600 + offset.
 */
public final class Cluster implements AutoCloseable {

    private final List<ServerProcess> nodes = new ArrayList<>();
    private final Server h2;
    private ServerProcess balancer;

    private Cluster(Server h2) {
        this.h2 = h2;
    }

    public static Cluster of(String name, int... portOffsets) throws IOException, SQLException {
        Path home = Path.of(System.getProperty("cluster.home"));
        boolean postgresql = !ServerProcess.databaseOptions().isEmpty();
        Server h2 = null;
        List<String> database = new ArrayList<>();
        if (!postgresql) {
            Path files = Path.of(System.getProperty("app.war")).getParent().resolve(name + "-db");
            if (Files.exists(files)) {
                try (Stream<Path> old = Files.walk(files)) {
                    old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(files);
            // a node waits for another's lock as long as it takes on PostgreSQL; H2 gives up after
            // LOCK_TIMEOUT: long enough here for a node sending a whole digest on a busy machine
            h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", files.toString(), "-ifNotExists").start();
            database.add("-DBACKORDER_DB_URL=jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/backorder;LOCK_TIMEOUT=300000");
        }
        Cluster cluster = new Cluster(h2);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < portOffsets.length; i++) {
            members.add("-Dbackorder.cluster.peer" + (i + 1) + ".port=" + (7600 + portOffsets[i]));
        }
        for (int i = 0; i < portOffsets.length; i++) {
            ServerProcess node = ServerProcess.fresh(name + "-node" + (i + 1), portOffsets[i], home, name.replace('-', '_'))
                    .with("-Djboss.node.name=node" + (i + 1), "-DBACKORDER_OUTBOX_SECONDS=1");
            node.with(members.toArray(String[]::new));
            node.with(database.toArray(String[]::new));
            cluster.nodes.add(node);
        }
        return cluster;
    }

    /** A connection to the cluster's database, to read what is really there. */
    public java.sql.Connection database() throws SQLException {
        return h2 != null ? java.sql.DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/backorder", "sa", "sa")
                : nodes.get(0).database();
    }

    public ServerProcess node(int number) {
        return nodes.get(number - 1);
    }

    /** More Java options for every node (before it starts). */
    public Cluster with(String... options) {
        nodes.forEach(node -> node.with(options));
        return this;
    }

    /** WildFly's own load balancer in front of the first two nodes, on its own ports (started with them). */
    public Cluster balancedAt(String name, int portOffset) throws IOException {
        balancer = ServerProcess.balancer(name, portOffset, nodes.get(0), nodes.get(1));
        return this;
    }

    /** The balancer's address, where clerks go. */
    public String url() {
        return balancer.url();
    }

    /** Starts the nodes one after the other (the first migrates the schema), then the balancer. */
    public Cluster start() throws Exception {
        try {
            for (ServerProcess node : nodes) {
                node.start();
            }
            return startBalancer();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Starts every node at the same moment on a database none of them has seen yet: they race
     * for the schema migration, the first users and the timers' catch-up. Then the balancer.
     */
    public Cluster startTogether() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<ServerProcess>> starting = new ArrayList<>();
            for (ServerProcess node : nodes) {
                starting.add(starters.submit(node::start));
            }
            for (Future<ServerProcess> node : starting) {
                node.get();
            }
            return startBalancer();
        } catch (ExecutionException e) {
            close();
            throw new IllegalStateException("A node did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception | Error e) {
            close();
            throw e;
        } finally {
            starters.shutdown();
        }
    }

    private Cluster startBalancer() throws IOException, InterruptedException {
        if (balancer != null) {
            balancer.start();
        }
        return this;
    }

    @Override
    public void close() throws Exception {
        if (balancer != null) {
            balancer.kill();
        }
        for (ServerProcess node : nodes) {
            node.kill();
        }
        if (h2 != null) {
            h2.stop();
        }
    }
}
