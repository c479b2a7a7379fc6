package com.backorderdesk.digest;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Cluster;
import com.backorderdesk.support.ServerProcess;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest on a cluster of two nodes, the node running it killed with {@code kill -9}
 * in the middle of the run: the other node runs that tick (the HA layers' distributed timers),
 * and every subscriber gets the day's digest exactly once. And two nodes starting at the same
 * moment after a digest fell due while the whole cluster was down both catch it up: each
 * subscriber gets it once.
 */
class ClusterTimersIT {

    @Test
    void aDigestRunKilledOnOneNodeGoesOutOnceFromTheOther() throws Exception {
        // due 90 to 150 s from now: time enough for two nodes to start and 1,500 subscriptions, on 2 cores
        LocalDateTime due = LocalDateTime.now().plusSeconds(150).truncatedTo(ChronoUnit.MINUTES);
        try (Cluster cluster = Cluster.of("cluster-timers", 700, 800).with("-DBACKORDER_DIGEST_TIMERS=true",
                "-DBACKORDER_DIGEST_DAILY=" + due.toLocalTime(), "-DBACKORDER_DIGEST_CATCHUP_SECONDS=3").start()) {
            String domain = "timers-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
            TimerCrashIT.subscribe(Api.across(cluster.node(1).url(), cluster.node(2).url()).as("manager", "demo"), domain);

            ServerProcess running = awaitRun(cluster, due.plusSeconds(30));
            ServerProcess other = running == cluster.node(1) ? cluster.node(2) : cluster.node(1);
            Thread.sleep(1_000);
            running.kill();
            String finished = "Digest DAILY " + due.toLocalDate() + ":";
            assertFalse(running.console().contains(finished), "the run was killed halfway (were it over already, make it longer with more subscribers)");

            LocalDateTime until = LocalDateTime.now().plusSeconds(90);
            while (!other.console().contains(finished)) {
                assertTrue(LocalDateTime.now().isBefore(until), "the other node never finished the day's digest");
                Thread.sleep(200);
            }
            try (Connection connection = cluster.database()) {
                assertEquals(List.of(TimerCrashIT.SUBSCRIBERS, TimerCrashIT.SUBSCRIBERS, TimerCrashIT.SUBSCRIBERS), TimerCrashIT.runs(connection, domain),
                        "runs, recipients and queued mails of the day's digest: one each");
            }
        }
    }

    @Test
    void nodesStartingTogetherAfterAMissedDigestSendItOnce() throws Exception {
        try (Cluster cluster = Cluster.of("cluster-together", 700, 800).startTogether()) {
            String domain = "together-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
            TimerCrashIT.subscribe(Api.across(cluster.node(1).url(), cluster.node(2).url()).as("manager", "demo"), domain);
            LocalDateTime due = LocalDateTime.now().plusSeconds(60).truncatedTo(ChronoUnit.MINUTES);
            cluster.node(1).kill();
            cluster.node(2).kill();
            while (LocalDateTime.now().isBefore(due.plusSeconds(1))) {
                Thread.sleep(200); // the whole cluster is down when the day's digest falls due
            }

            cluster.with("-DBACKORDER_DIGEST_TIMERS=true", "-DBACKORDER_DIGEST_DAILY=" + due.toLocalTime(),
                    "-DBACKORDER_DIGEST_CATCHUP_SECONDS=1").startTogether();
            Pattern caughtUp = Pattern.compile("Digest catch-up DAILY " + due + ": (\\d+) sent");
            List<Integer> sent = new ArrayList<>();
            LocalDateTime until = LocalDateTime.now().plusSeconds(120);
            for (int node = 1; node <= 2; node++) {
                Matcher line = caughtUp.matcher(cluster.node(node).console());
                while (!line.find()) {
                    assertTrue(LocalDateTime.now().isBefore(until), "node " + node + " never caught up the missed digest");
                    Thread.sleep(200);
                    line = caughtUp.matcher(cluster.node(node).console());
                }
                sent.add(Integer.parseInt(line.group(1)));
            }
            assertEquals(TimerCrashIT.SUBSCRIBERS, sent.get(0) + sent.get(1), "both nodes caught up, together they sent each digest once: " + sent);
            try (Connection connection = cluster.database()) {
                assertEquals(List.of(TimerCrashIT.SUBSCRIBERS, TimerCrashIT.SUBSCRIBERS, TimerCrashIT.SUBSCRIBERS), TimerCrashIT.runs(connection, domain),
                        "runs, recipients and queued mails of the missed digest: one each");
            }
            for (int node = 1; node <= 2; node++) {
                String console = cluster.node(node).console();
                assertFalse(console.contains("ERROR [com.backorderdesk") || console.contains("ERROR [org.hibernate"),
                        "node " + node + " ran into no error (no race on a unique key)");
            }
        }
    }

    private static ServerProcess awaitRun(Cluster cluster, LocalDateTime until) throws Exception {
        while (true) {
            for (int node = 1; node <= 2; node++) {
                if (cluster.node(node).console().contains("Digest DAILY due: sending")) {
                    return cluster.node(node);
                }
            }
            assertTrue(LocalDateTime.now().isBefore(until), "no node ever ran the daily digest");
            Thread.sleep(100);
        }
    }
}
