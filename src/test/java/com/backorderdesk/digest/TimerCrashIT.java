package com.backorderdesk.digest;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.ServerProcess;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.backorderdesk.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest's timer killed with {@code kill -9} in the middle of its run (a run made
 * long by many subscribers): after the restart the catch-up sends that period's digest exactly
 * once to each subscriber, and the timer is there once, active, due again the next day. Runs a
 * server process of its own, with the real timers, on the default H2 file database or the
 * tests' PostgreSQL (in a timer partition of its own).
 */
class TimerCrashIT {

    static final int SUBSCRIBERS = 1500;

    @Test
    void aDigestRunKilledHalfwayGoesOutOnceAfterTheRestartAndTheTimerKeepsItsTime() throws Exception {
        // due 60 s from now, to the second: time enough to start and subscribe everybody first
        LocalDateTime due = LocalDateTime.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        String partition = "timer-crash-" + UUID.randomUUID().toString().substring(0, 8);
        ServerProcess server = ServerProcess.fresh("timer-crash-server", 300).with("-DBACKORDER_DIGEST_TIMERS=true",
                "-DBACKORDER_DIGEST_DAILY=" + due.toLocalTime(), "-DBACKORDER_DIGEST_CATCHUP_SECONDS=3",
                "-DBACKORDER_TIMER_PARTITION=" + partition);
        try {
            server.start();
            String domain = partition + ".example";
            subscribe(Api.at(server.url()).as("manager", "demo"), domain);

            awaitConsole(server, "Digest DAILY due: sending", due.plusSeconds(30));
            Thread.sleep(1_000);
            server.kill();
            assertFalse(server.console().contains("Digest DAILY " + due.toLocalDate() + ":"),
                    "the run was killed halfway (were it over already, make it longer with more subscribers)");
            try (Connection connection = server.database()) {
                assertEquals(0, runs(connection, domain).get(0), "the killed run left nothing behind");
            }

            server.start();
            awaitConsole(server, "Digest catch-up DAILY " + due, LocalDateTime.now().plusSeconds(90));
            Api.Reply again = Api.at(server.url()).as("manager", "demo").post("/api/digests/daily/send", null);
            assertEquals(0, again.object().getInt("sent"), "everybody had today's digest: " + again);
            server.kill();

            try (Connection connection = server.database()) {
                assertEquals(List.of(SUBSCRIBERS, SUBSCRIBERS, SUBSCRIBERS), runs(connection, domain),
                        "runs, recipients and queued mails of today's digest: one each");
                List<String> timers = dailyTimer(connection, partition, due);
                assertEquals(1, timers.size(), "the daily timer is there once: " + timers);
                assertTrue(timers.get(0).matches("(CREATED|ACTIVE) " + due.plusDays(1)),
                        "the daily timer waits for its next time, tomorrow at the same time (not stuck in its killed run): " + timers);
            }
        } finally {
            server.kill();
        }
    }

    /** Subscribes {@link #SUBSCRIBERS} readers at the domain to the daily digest (ClusterTimersIT too). */
    static void subscribe(Api manager, String domain) throws Exception {
        subscribe(manager, domain, "DAILY", SUBSCRIBERS);
    }

    /** Subscribes {@code readers} readers at the domain to the digest of this kind, eight at a time. */
    static void subscribe(Api manager, String domain, String kind, int readers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                String body = json("{'email':'reader%d@%s','frequency':'%s'}", i, domain, kind);
                replies.add(pool.submit(() -> manager.post("/api/digest-subscriptions", body)));
            }
            for (Future<Api.Reply> reply : replies) {
                assertEquals(201, reply.get().status(), reply.get()::toString);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitConsole(ServerProcess server, String line, LocalDateTime until) throws Exception {
        while (!server.console().contains(line)) {
            assertTrue(LocalDateTime.now().isBefore(until), "the server's log never said: " + line);
            Thread.sleep(100);
        }
    }

    /** Today's daily digest for this test's subscribers: runs, distinct recipients, mails queued. */
    static List<Integer> runs(Connection connection, String domain) throws SQLException {
        return runs(connection, "DAILY", domain);
    }

    /** The digests of this kind for the subscribers at the domain: runs, distinct recipients, mails queued. */
    static List<Integer> runs(Connection connection, String kind, String domain) throws SQLException {
        return List.of(
                count(connection, "select count(*) from digest_run where kind = '" + kind + "' and recipient like ?", "%@" + domain),
                count(connection, "select count(distinct recipient) from digest_run where kind = '" + kind + "' and recipient like ?", "%@" + domain),
                count(connection, "select count(*) from mail_outbox where kind = 'DIGEST' and recipient like ?", "%@" + domain));
    }

    /** The daily timer's rows in the database timer store: its state and next time. */
    private static List<String> dailyTimer(Connection connection, String partition, LocalDateTime due) throws SQLException {
        List<String> timers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select timer_state, next_date from jboss_ejb_timer "
                + "where partition_name = ? and schedule_expr_hour = ? and schedule_expr_minute = ? and schedule_expr_day_of_week = '*'")) {
            query.setString(1, partition);
            query.setString(2, Integer.toString(due.getHour()));
            query.setString(3, Integer.toString(due.getMinute()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    timers.add(rows.getString(1) + " " + rows.getTimestamp(2).toLocalDateTime());
                }
            }
        }
        return timers;
    }

    private static int count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
