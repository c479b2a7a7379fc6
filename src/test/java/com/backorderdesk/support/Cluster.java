package com.backorderdesk.support;

import org.h2.tools.Server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
            h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", files.toString(), "-ifNotExists").start();
            database.add("-DBACKORDER_DB_URL=jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/backorder;LOCK_TIMEOUT=10000");
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

    /** Starts the nodes one after the other (the first migrates the schema). */
    public Cluster start() throws IOException, InterruptedException {
        for (ServerProcess node : nodes) {
            node.start();
        }
        return this;
    }

    @Override
    public void close() throws Exception {
        for (ServerProcess node : nodes) {
            node.kill();
        }
        if (h2 != null) {
            h2.stop();
        }
    }
}
