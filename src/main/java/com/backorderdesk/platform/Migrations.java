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

/**
 * Brings the schema up to date (Flyway) before anything else runs: {@code db/migration} for
 * every database, then {@code db/h2} or {@code db/postgresql} for what only that database
 * needs. All share one sequence of versions: give a new script the next free number, a
 * decimal one ({@code V10_1}) for a database of its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/" + (isH2() ? "h2" : "postgresql"))
                // WildFly's EJB timer store creates JBOSS_EJB_TIMER in the same schema first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
