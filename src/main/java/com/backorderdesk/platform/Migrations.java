package com.backorderdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings the schema up to date (Flyway, {@code db/migration}) before anything else runs. */
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
                .locations("classpath:db/migration")
                // WildFly's EJB timer store creates JBOSS_EJB_TIMER in the same schema first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
