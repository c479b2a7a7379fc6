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
import java.time.Duration;
import java.time.Instant;

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

    /** The first half of the advisory lock's key on PostgreSQL: a number no other program of the database uses ("BOD1"). */
    private static final int LOCK_KEY = 0x424f4431;

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
     * after the other: each holds a lock of the database's own for the whole migration, and the
     * next one finds the schema made. A server killed while it holds the lock loses its
     * session, and with it the lock.
     */
    private void oneServerAtATime(boolean h2, Runnable migration) {
        try (Connection connection = dataSource.getConnection(); SchemaLock lock = h2 ? new H2Lock(connection) : new PostgreSqlLock(connection)) {
            migration.run();
        } catch (SQLException e) {
            throw new IllegalStateException("The lock that makes the schema one server at a time failed", e);
        }
    }

    /** Held while the schema is made; {@link #close()} lets the next server in. */
    private interface SchemaLock extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /** An advisory lock of the session, keyed by the schema: servers of other schemas of the database do not wait. */
    private static final class PostgreSqlLock implements SchemaLock {

        private static final String KEY = LOCK_KEY + ", hashtext(current_schema())";
        private final Connection connection;

        PostgreSqlLock(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
        }

        @Override
        public void close() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + KEY + ")");
            }
        }
    }

    /**
     * H2 has no advisory lock: a row lock on the one row of {@code schema_lock}, held by an open
     * transaction of its own connection. The next server waits for it as long as a migration
     * takes, whatever the URL's {@code LOCK_TIMEOUT}.
     */
    private static final class H2Lock implements SchemaLock {

        private final Connection connection;

        H2Lock(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists schema_lock (id int primary key)");
                theLockRow(statement);
                connection.setAutoCommit(false);
                try {
                    waitForTheRow(statement);
                } catch (SQLException | RuntimeException e) {
                    close();
                    throw e;
                }
            }
        }

        /** The one row, made once; a server that made it at the same moment leaves a duplicate key behind, not an error. */
        private static void theLockRow(Statement statement) throws SQLException {
            try {
                statement.execute("insert into schema_lock select 1 where not exists (select 1 from schema_lock where id = 1)");
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }

        private static void waitForTheRow(Statement statement) throws SQLException {
            Instant until = Instant.now().plus(Duration.ofMinutes(10));
            while (true) {
                try {
                    statement.executeQuery("select id from schema_lock where id = 1 for update").close();
                    return;
                } catch (SQLException e) {
                    if (!"HYT00".equals(e.getSQLState()) || Instant.now().isAfter(until)) { // HYT00: LOCK_TIMEOUT ran out
                        throw e;
                    }
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
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
