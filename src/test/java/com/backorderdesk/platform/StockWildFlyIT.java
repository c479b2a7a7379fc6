package com.backorderdesk.platform;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.ServerProcess;
import com.backorderdesk.support.TestCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README "Deploy on your own WildFly 39", done step by step on the stock distribution from Maven
 * Central (org.wildfly:wildfly-dist, unpacked by the build into target/stock-wildfly): the
 * PostgreSQL driver module added, {@code wildfly-config/configure.cli} and {@code timers-db.cli}
 * applied to its standalone.xml with its own jboss-cli.sh, the WAR deployed. The application
 * answers its health check and places an order (on the default H2 file, or on the tests'
 * PostgreSQL when {@code test.db} names one).
 */
class StockWildFlyIT {

    private static final Path PROJECT = Path.of(System.getProperty("app.war")).getParent().getParent();

    @Test
    void theWarRunsOnAStockWildFlyConfiguredByTheReadmeSteps() throws Exception {
        Path home = Path.of(System.getProperty("stock.home"));
        addPostgresqlModule(home);
        applyConfiguration(home);

        ServerProcess server = ServerProcess.fresh("stock-wildfly-server", 1000, home, "stock_wildfly");
        try {
            server.start();
            Api api = Api.at(server.url());
            assertEquals(200, api.get("/api/health").status());
            TestCatalog catalog = new TestCatalog(api);
            String warehouse = catalog.warehouse(1);
            String sku = catalog.product(catalog.supplier(false), 0, false);
            catalog.stock(warehouse, sku, 5);
            Api.Reply order = api.as("clerk", "demo").post("/api/orders", json("{'customer':'%s','warehouse':'%s','lines':[{'sku':'%s','quantity':2}]}",
                    catalog.customer("null"), warehouse, sku));
            assertEquals(201, order.status(), order::toString);
            assertEquals("COMPLETED", order.object().getString("status"), order::toString);
        } finally {
            server.kill();
        }
    }

    /** The README's step 1: the driver's module (module.xml from wildfly-config/server-content, the jar from Maven Central). */
    private static void addPostgresqlModule(Path home) throws IOException {
        Path module = home.resolve("modules/org/postgresql/main");
        Files.createDirectories(module);
        Files.copy(PROJECT.resolve("wildfly-config/server-content/modules/org/postgresql/main/module.xml"), module.resolve("module.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(PROJECT.resolve("target/server-content/modules/org/postgresql/main/postgresql.jar"), module.resolve("postgresql.jar"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The README's step 2: the scripts, in an embedded server of the distribution's own CLI. */
    private static void applyConfiguration(Path home) throws Exception {
        Path script = home.resolve("backorder-desk.cli");
        try (Stream<String> lines = Stream.of("embed-server --server-config=standalone.xml --std-out=discard",
                Files.readString(PROJECT.resolve("wildfly-config/configure.cli")),
                Files.readString(PROJECT.resolve("wildfly-config/timers-db.cli")),
                "stop-embedded-server")) {
            Files.write(script, lines.toList());
        }
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script)
                .redirectErrorStream(true).redirectOutput(home.resolve("backorder-desk-cli.log").toFile()).start();
        assertTrue(cli.waitFor(3, TimeUnit.MINUTES), "jboss-cli.sh finished");
        assertEquals(0, cli.exitValue(), () -> "jboss-cli.sh applied the scripts: " + read(home.resolve("backorder-desk-cli.log")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
