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
 * The digests on a cluster of two nodes started at the same moment. The daily digest: the node
 * running it is killed with {@code kill -9} in the middle of the run, the other node runs that
 * tick (the HA layers' distributed timers), and every subscriber gets it exactly once. The weekly
 * digest then falls due while the whole cluster is down: both nodes, started again at the same
 * moment, catch it up, and every subscriber gets it once (the second waits for the first and finds
 * it sent), with no error on either node.
 */
class ClusterTimersIT {

    private static final int WEEKLY_READERS = 200;

    @Test
    void digestsGoOutOnceWhenTheNodeRunningOneIsKilledAndWhenBothNodesCatchUpTogether() throws Exception {
        // due 150 s from now, to the second: time enough for two nodes to start together and the subscriptions, on 2 cores
        LocalDateTime due = LocalDateTime.now().plusSeconds(150).truncatedTo(ChronoUnit.SECONDS);
        try (Cluster cluster = Cluster.of("cluster-timers", 700, 800).with("-DBACKORDER_DIGEST_TIMERS=true",
                "-DBACKORDER_DIGEST_DAILY=" + due.toLocalTime(), "-DBACKORDER_DIGEST_CATCHUP_SECONDS=1").startTogether()) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            String daily = "timers-" + id + ".example.com";
            String weekly = "weekly-" + id + ".example.com";
            Api manager = Api.across(cluster.node(1).url(), cluster.node(2).url()).as("manager", "demo");
            TimerCrashIT.subscribe(manager, daily);
            TimerCrashIT.subscribe(manager, weekly, "WEEKLY", WEEKLY_READERS);
            // the weekly digest falls due at the next minute, after these subscriptions; the nodes'
            // weekly timer is set to another day until they start again
            LocalDateTime weeklyDue = LocalDateTime.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);

            assertTrue(LocalDateTime.now().isBefore(due), "everybody subscribed before the digest fell due (start earlier, or with fewer subscribers)");
            ServerProcess running = awaitRun(cluster, due.plusSeconds(30));
            ServerProcess other = running == cluster.node(1) ? cluster.node(2) : cluster.node(1);
            Thread.sleep(1_000);
            assertFalse(other.console().contains("Digest DAILY due: sending"), "one daily timer for the cluster, though both nodes started together");
            running.kill();
            String finished = "Digest DAILY " + due.toLocalDate() + ":";
            assertFalse(running.console().contains(finished), "the run was killed halfway (were it over already, make it longer with more subscribers)");

            LocalDateTime until = LocalDateTime.now().plusSeconds(90);
            while (!other.console().contains(finished)) {
                assertTrue(LocalDateTime.now().isBefore(until), "the other node never finished the day's digest");
                Thread.sleep(200);
            }
            try (Connection connection = cluster.database()) {
                assertEquals(List.of(TimerCrashIT.SUBSCRIBERS, TimerCrashIT.SUBSCRIBERS, TimerCrashIT.SUBSCRIBERS), TimerCrashIT.runs(connection, daily),
                        "runs, recipients and queued mails of the day's digest: one each");
            }

            other.kill();
            while (LocalDateTime.now().isBefore(weeklyDue.plusSeconds(1))) {
                Thread.sleep(200); // the whole cluster is down when the weekly digest falls due
            }
            String weeklyAt = weeklyDue.getDayOfWeek().name().substring(0, 3) + " " + weeklyDue.toLocalTime();
            cluster.with("-DBACKORDER_DIGEST_WEEKLY=" + weeklyAt).startTogether();
            assertEquals(WEEKLY_READERS, caughtUpTogether(cluster, "Digest catch-up WEEKLY " + weeklyDue),
                    "both nodes caught up the missed weekly digest, and together sent it once to each");
            try (Connection connection = cluster.database()) {
                assertEquals(List.of(WEEKLY_READERS, WEEKLY_READERS, WEEKLY_READERS), TimerCrashIT.runs(connection, "WEEKLY", weekly),
                        "runs, recipients and queued mails of the missed weekly digest: one each");
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

    /** Waits until each node has logged its catch-up of that digest; how many digests both sent together. */
    private static int caughtUpTogether(Cluster cluster, String catchUp) throws Exception {
        Pattern line = Pattern.compile(Pattern.quote(catchUp) + ": (\\d+) sent");
        List<Integer> sent = new ArrayList<>();
        LocalDateTime until = LocalDateTime.now().plusSeconds(120);
        for (int node = 1; node <= 2; node++) {
            Matcher logged = line.matcher(cluster.node(node).console());
            while (!logged.find()) {
                assertTrue(LocalDateTime.now().isBefore(until), "node " + node + " never caught up: " + catchUp);
                Thread.sleep(200);
                logged = line.matcher(cluster.node(node).console());
            }
            sent.add(Integer.parseInt(logged.group(1)));
        }
        return sent.get(0) + sent.get(1);
    }
}
