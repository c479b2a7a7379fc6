package com.backorderdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.Resource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Document numbers (SO-1001, PPS-1, PO-1, TR-1) from database sequences: unique across servers. */
@ApplicationScoped
public class Numbers {

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    private volatile Boolean postgres;

    public String next(String prefix, String sequence) {
        String sql = isPostgres() ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        // no flush first: a number needs nothing of the work in progress (and a flush per number is O(n²))
        Number value = (Number) em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return prefix + value.longValue();
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try (Connection c = dataSource.getConnection()) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database", e);
            }
        }
        return postgres;
    }
}
