package com.backorderdesk.digest;

import com.backorderdesk.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inside the server: the daily timer fires every two seconds, yet each subscriber gets one digest for the day. */
@ExtendWith(ArquillianExtension.class)
class DigestTimersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DigestTimersIT.class);
    }

    @Inject
    DigestTimers timers;
    @Inject
    Subscriptions subscriptions;
    @Resource(lookup = "java:jboss/datasources/BackorderDS")
    DataSource dataSource;

    @Test
    void manyFiringsInOnePeriodSendOneDigestPerRecipient() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = List.of("timer-a-" + id + "@example.com", "timer-b-" + id + "@example.com");
        for (String email : recipients) {
            subscriptions.subscribe(new Subscriptions.SubscriptionData(email, "DAILY", null));
        }
        timers.reschedule(Frequency.DAILY, new ScheduleExpression().second("*/2").minute("*").hour("*"));
        int firedAfterBothHadIt = 0;
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && (runs(recipients.get(0)) == 0 || runs(recipients.get(1)) == 0)) {
                Thread.sleep(200);
            }
            // then watch the timer fire three more times: its next timeout moves on at each firing
            Instant next = timers.nextTimeout(Frequency.DAILY).orElseThrow();
            while (System.currentTimeMillis() < deadline && firedAfterBothHadIt < 3) {
                Instant now = timers.nextTimeout(Frequency.DAILY).orElseThrow();
                if (now.isAfter(next)) {
                    firedAfterBothHadIt++;
                    next = now;
                }
                Thread.sleep(200);
            }
        } finally {
            timers.reschedule(Frequency.DAILY, new ScheduleExpression().hour(7).minute(0));
        }
        assertEquals(3, firedAfterBothHadIt, "the timer went on firing after both recipients had their digest");
        for (String email : recipients) {
            assertEquals(1, runs(email), "one digest run for " + email + " though the timer fired several times");
            assertEquals(1, count("select count(*) from mail_outbox where kind = 'DIGEST' and recipient = ?", email), "one mail for " + email);
        }

        timers.catchUp();
        for (String email : recipients) {
            assertEquals(0, count("select count(*) from (select period from digest_run where kind = 'DAILY' and recipient = ? "
                    + "group by period having count(*) > 1) twice", email), "a catch-up sends nothing twice for a period");
            assertEquals(1, count("select count(*) from digest_run where kind = 'DAILY' and recipient = ? and period = '"
                    + LocalDate.now() + "'", email), "today's digest once");
        }
    }

    private int runs(String email) throws SQLException {
        return count("select count(*) from digest_run where kind = 'DAILY' and recipient = ?", email);
    }

    private int count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
