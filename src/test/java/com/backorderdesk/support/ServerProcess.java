package com.backorderdesk.support;

import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of its own for a test that may kill it: the provisioned server home with a base
 * directory of its own (configuration copied, the application's WAR in {@code deployments/}),
 * on its own ports, started as a separate Java process and stopped the hard way, {@code kill -9}.
 * Its database is the default H2 file database in its own data directory (the operator's
 * default setup), or, when {@code test.db} names PostgreSQL, a schema of its own in the tests'
 * database, so that nothing it leaves behind (pending mails, timers) reaches the other tests.
 */
public final class ServerProcess {

    private final Path home;
    private final Path base;
    private final int portOffset;
    private final String schema;
    private final List<String> options = new ArrayList<>();
    private Process process;
    private int startedAt;

    private ServerProcess(Path home, Path base, int portOffset, String schema) {
        this.home = home;
        this.base = base;
        this.portOffset = portOffset;
        this.schema = schema;
    }

    /** A fresh base directory under {@code target/} (emptied if a previous run left one). */
    public static ServerProcess fresh(String name, int portOffset) throws IOException {
        return fresh(name, portOffset, Path.of(System.getProperty("jboss.home")), name.replace('-', '_'));
    }

    /**
     * A fresh base directory of the server at {@code home} (a cluster's nodes: target/cluster-server),
     * using {@code schema} of the tests' PostgreSQL (nodes of one cluster share theirs; it is made
     * anew when the base is).
     */
    public static ServerProcess fresh(String name, int portOffset, Path home, String schema) throws IOException {
        Path base = freshBase(name, home);
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("app.war")), base.resolve("deployments/backorder-desk.war"));
        ServerProcess server = new ServerProcess(home, base, portOffset, schema);
        if (databaseOption("BACKORDER_DB_URL") != null) {
            try (Connection connection = DriverManager.getConnection(databaseOption("BACKORDER_DB_URL"), databaseOption("BACKORDER_DB_USER"),
                    databaseOption("BACKORDER_DB_PASSWORD")); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + server.schema() + " cascade");
                statement.execute("create schema " + server.schema());
            } catch (SQLException e) {
                throw new IOException("Cannot make the schema " + server.schema(), e);
            }
        }
        return server;
    }

    /**
     * WildFly's Undertow as the cluster's load balancer (target/balancer, wildfly-config/balancer.cli)
     * on its own ports, in front of these two nodes: sticky on the session cookie's route, the
     * other node when that one does not answer.
     */
    public static ServerProcess balancer(String name, int portOffset, ServerProcess node1, ServerProcess node2) throws IOException {
        Path home = Path.of(System.getProperty("balancer.home"));
        return new ServerProcess(home, freshBase(name, home), portOffset, null)
                .with("-Dbackorder.balancer.node1.port=" + (8080 + node1.portOffset), "-Dbackorder.balancer.node2.port=" + (8080 + node2.portOffset));
    }

    /** A base directory under {@code target/} named {@code name} (emptied first) with the configuration of the server at {@code home}. */
    private static Path freshBase(String name, Path home) throws IOException {
        Path base = Path.of(System.getProperty("app.war")).getParent().resolve(name);
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = home.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path file : files.toList()) {
                Path target = base.resolve("configuration").resolve(configuration.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return base;
    }

    /** Its schema in the tests' PostgreSQL database. */
    private String schema() {
        return schema;
    }

    /** The tests' PostgreSQL address, in this server's own schema. */
    private String postgresqlUrl() {
        String url = databaseOption("BACKORDER_DB_URL");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema();
    }

    /** More Java options (system properties such as {@code -DBACKORDER_DIGEST_DAILY=07:00}) for every start. */
    public ServerProcess with(String... javaOptions) {
        options.addAll(List.of(javaOptions));
        return this;
    }

    /** The tests' PostgreSQL, when {@code test.db} names one (its -D options); else nothing, for the default H2 file. */
    public static List<String> databaseOptions() {
        String db = System.getProperty("test.db", "");
        return db.contains("postgresql") ? Arrays.stream(db.trim().split("\\s+")).toList() : List.of();
    }

    /** One of the database options, e.g. {@code BACKORDER_DB_URL}, or null. */
    public static String databaseOption(String name) {
        return databaseOptions().stream().filter(o -> o.startsWith("-D" + name + "=")).map(o -> o.substring(name.length() + 3))
                .findFirst().orElse(null);
    }

    public String url() {
        return "http://localhost:" + (8080 + portOffset);
    }

    /**
     * A connection to its database, to read what is really there: H2's file only while the
     * server is down (the server holds it open), PostgreSQL at any time.
     */
    public Connection database() throws SQLException {
        return databaseOption("BACKORDER_DB_URL") == null
                ? DriverManager.getConnection("jdbc:h2:file:" + base.resolve("data/backorder/backorder"), "sa", "sa")
                : DriverManager.getConnection(postgresqlUrl(), databaseOption("BACKORDER_DB_USER"), databaseOption("BACKORDER_DB_PASSWORD"));
    }

    /** The file its console goes to (its log). */
    public Path log() {
        return base.resolve("console.log");
    }

    /** What the server wrote to its console so far (its log). */
    public String console() throws IOException {
        return Files.readString(base.resolve("console.log"));
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts the server and waits until the application answers {@code /api/health}. */
    public ServerProcess start() throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of("-Xmx1g", "-Djboss.socket.binding.port-offset=" + portOffset,
                "-DBACKORDER_DEMO_DATA=false", "-DBACKORDER_DIGEST_TIMERS=false", "-DBACKORDER_SMTP_PORT=3025"));
        databaseOptions().stream().map(o -> o.startsWith("-DBACKORDER_DB_URL=") ? "-DBACKORDER_DB_URL=" + postgresqlUrl() : o)
                .forEach(java::add);
        java.addAll(options);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                .setBaseDirectory(base).addJavaOptions(java);
        startedAt = Files.exists(base.resolve("console.log")) ? console().length() : 0;
        process = Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile())).launch();
        awaitHealth(Duration.ofMinutes(3));
        return this;
    }

    private void awaitHealth(Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server ended while starting; see " + base.resolve("console.log") + errorsSinceStart());
            }
            if (startedWithErrors()) {
                throw new IllegalStateException("The server started with errors (the application is not deployed); see " + base.resolve("console.log") + errorsSinceStart());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url() + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application did not answer /api/health within " + patience + "; see " + base.resolve("console.log") + errorsSinceStart());
    }

    /** The first lines the server logged as errors since this start, for the test's failure message (CI shows no more). */
    private String errorsSinceStart() {
        try {
            return console().substring(startedAt).lines().filter(line -> line.contains(" ERROR ")).limit(3)
                    .map(line -> " | " + line.substring(0, Math.min(line.length(), 300))).reduce("", String::concat);
        } catch (IOException | RuntimeException none) {
            return "";
        }
    }

    /** WildFly said it started with errors (WFLYSRV0026) since this start: the deployment failed. */
    private boolean startedWithErrors() {
        try {
            String console = console();
            return console.indexOf("WFLYSRV0026", startedAt) >= 0;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** {@code kill -9}: the process ends at once, as in a power cut of the JVM; nothing is flushed or closed. */
    public void kill() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server survived kill -9");
        }
    }
}
