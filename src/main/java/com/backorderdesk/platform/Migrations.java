package com.backorderdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Brings the schema up to date (Flyway) before anything else runs: {@code db/migration} for
 * every database, then {@code db/h2} or {@code db/postgresql} for what only that database
 * needs. All share one sequence of versions: give a new script the next free number, a
 * decimal one ({@code V10_1}) for a database of its own.
 *
 * <p>On H2 it also makes every commit reach the database file before it is answered
 * ({@code SET WRITE_DELAY 0}, instead of a background writer that runs about once a second), so
 * a crash of the server process loses nothing answered. H2 takes that setting from the URL
 * each time the database opens: the default URL carries {@code WRITE_DELAY=0}, and it is set
 * here too for whatever H2 URL the operator gave. PostgreSQL keeps its own default,
 * {@code synchronous_commit = on}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final int STARTING_TOGETHER_TRIES = 30;

    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        boolean h2 = isH2();
        if (h2) {
            commitsWrittenAtOnce();
        }
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/" + (h2 ? "h2" : "postgresql"))
                // WildFly's EJB timer store creates JBOSS_EJB_TIMER in the same schema first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (attempt == STARTING_TOGETHER_TRIES || !madeByAnotherServer(e)) {
                    throw e;
                }
                LOG.info("Another server is making the schema at this moment (" + e.getMessage() + "); trying again in a second");
                pause();
            }
        }
    }

    /**
     * Nodes of a cluster started at the same moment on an empty database: Flyway's lock serialises
     * migrations once its history table has rows, but not the making of that table, so the node
     * that comes second finds it made and still empty ("already exists"). A second later the
     * first node has recorded its first step, and Flyway's lock makes the second node wait for
     * the rest.
     */
    private static boolean madeByAnotherServer(FlywayException e) {
        return String.valueOf(e.getMessage()).contains("already exists");
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another server made the schema", e);
        }
    }

    private void commitsWrittenAtOnce() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 refused to write each commit at once (SET WRITE_DELAY 0 needs an admin user)", e);
        }
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
