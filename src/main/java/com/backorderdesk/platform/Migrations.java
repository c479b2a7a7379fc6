package com.backorderdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** The advisory lock's key on PostgreSQL: any number no other program of the database uses ("BACKORDR"). */
    private static final long LOCK_KEY = 0x4241434b4f524452L;

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
        oneServerAtATime(h2, flyway::migrate);
    }

    /**
     * Nodes of a cluster started at the same moment on one empty database make its schema one
     * after the other: each takes a lock of the database's own for the whole migration, and the
     * next one finds the schema made. PostgreSQL: an advisory lock of the session. H2, which has
     * none: a row lock on the one row of {@code schema_lock}, held until the migration is done.
     * A server killed while it holds the lock loses its session, and with it the lock.
     */
    private void oneServerAtATime(boolean h2, Runnable migration) {
        try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
            if (h2) {
                statement.execute("create table if not exists schema_lock (id int primary key)");
                theLockRow(statement);
                lock.setAutoCommit(false);
                statement.executeQuery("select id from schema_lock where id = 1 for update").close();
            } else {
                statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            }
            try {
                migration.run();
            } finally {
                if (h2) {
                    lock.commit();
                    lock.setAutoCommit(true);
                } else {
                    statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock that makes the schema one server at a time", e);
        }
    }

    /** The one row of {@code schema_lock}; a server that made it at the same moment leaves a duplicate key behind, not an error. */
    private static void theLockRow(Statement statement) throws SQLException {
        try {
            statement.execute("merge into schema_lock key (id) values (1)");
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
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
