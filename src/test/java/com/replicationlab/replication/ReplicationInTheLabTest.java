package com.replicationlab.replication;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's replication behaviour, observed exactly on the lab's virtual time. */
@DisplayName("Replication, observed in the lab")
class ReplicationInTheLabTest {

    private static Lab syncedLab(int replicas) {
        Lab lab = Lab.create(new ClusterSpec(replicas, 10, 7, 1024 * 1024, "resend"));
        lab.advance(1500);
        return lab;
    }

    private static RespValue run(Lab lab, String node, String... args) {
        return lab.command(node, List.of(args));
    }

    /** The stream bytes the master fed from {@code fromOffset} on, as text. */
    private static String streamSince(Lab lab, long fromOffset) {
        BacklogView backlog = lab.snapshot().node("master").backlog();
        int from = backlog.streamIndexOf(fromOffset);
        return new String(backlog.stream(), from, backlog.streamIndexOf(backlog.masterOffset()) + 1 - from,
                StandardCharsets.ISO_8859_1);
    }

    private static long offset(Lab lab, String node) {
        return Long.parseLong(lab.field(node, "offset"));
    }

    @Test
    @DisplayName("a snapshot carries a master's backlog and not a replica's; a promoted replica's once it is a master")
    void snapshotBacklogs() {
        Lab lab = syncedLab(1);
        run(lab, "master", "SET", "k", "v");
        lab.advance(100);
        assertNotNull(lab.snapshot().node("master").backlog());
        assertNull(lab.snapshot().node("replica-1").backlog());
        run(lab, "replica-1", "REPLICAOF", "NO", "ONE");
        lab.advance(100);
        assertNotNull(lab.snapshot().node("replica-1").backlog());
    }

    @Nested
    @DisplayName("what the master propagates")
    class Propagation {
        @Test
        @DisplayName("a transaction with several writes reaches replicas as MULTI ... EXEC; with one, bare")
        void transactions() {
            Lab lab = syncedLab(1);
            run(lab, "master", "SET", "warm", "up"); // the first write brings the SELECT
            long start = offset(lab, "master") + 1;
            run(lab, "master", "MULTI");
            run(lab, "master", "SET", "a", "1");
            run(lab, "master", "SET", "b", "2");
            assertEquals(RespValue.array(List.of(RespValue.OK, RespValue.OK)), run(lab, "master", "EXEC"));
            run(lab, "master", "MULTI");
            run(lab, "master", "SET", "c", "3");
            run(lab, "master", "EXEC");
            assertEquals("*1\r\n$5\r\nMULTI\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*3\r\n$3\r\nSET\r\n$1\r\nb\r\n"
                    + "$1\r\n2\r\n*1\r\n$4\r\nEXEC\r\n*3\r\n$3\r\nSET\r\n$1\r\nc\r\n$1\r\n3\r\n", streamSince(lab, start));
        }

        @Test
        @DisplayName("a write that meets an expired key sends DEL and the write together, in MULTI ... EXEC")
        void expiredKeyAndWrite() {
            Lab lab = syncedLab(1);
            run(lab, "master", "SET", "k", "v", "PX", "100");
            lab.advance(200); // expired, but not yet removed by the once-a-second active expiry
            long start = offset(lab, "master") + 1;
            run(lab, "master", "SET", "k", "new");
            assertEquals("*1\r\n$5\r\nMULTI\r\n*2\r\n$3\r\nDEL\r\n$1\r\nk\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\nnew\r\n"
                    + "*1\r\n$4\r\nEXEC\r\n", streamSince(lab, start));
        }

        @Test
        @DisplayName("the replica hides an expired key from reads but keeps it until the master's DEL")
        void replicaNeverExpiresOnItsOwn() {
            Lab lab = syncedLab(1);
            lab.killLink("master", "replica-1");
            run(lab, "master", "SET", "k", "v", "PX", "100"); // lost: the replica never sees it...
            lab.healLink("master", "replica-1");
            lab.advance(3000); // ...until the master re-sends it
            assertEquals(RespValue.NIL, run(lab, "replica-1", "GET", "k"));
            assertEquals(RespValue.integer(0), run(lab, "replica-1", "EXISTS", "k"));
            assertEquals(RespValue.integer(0), run(lab, "replica-1", "DBSIZE"), "the master's DEL has arrived by now");
        }

        @Test
        @DisplayName("SET with EX reaches replicas as SET ... PXAT with an absolute time")
        void relativeExpiryBecomesAbsolute() {
            Lab lab = syncedLab(1);
            run(lab, "master", "SET", "warm", "up");
            long start = offset(lab, "master") + 1;
            long at = lab.clock().nowMs() + 10_000;
            run(lab, "master", "SET", "k", "v", "EX", "10");
            assertEquals("*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$4\r\nPXAT\r\n$13\r\n" + at + "\r\n",
                    streamSince(lab, start));
        }
    }

    @Nested
    @DisplayName("WAIT and GETACK")
    class Wait {
        @Test
        @DisplayName("WAIT puts REPLCONF GETACK * in the stream and returns once both replicas acknowledged")
        void waitsForBoth() {
            Lab lab = syncedLab(2);
            run(lab, "master", "SET", "k", "v");
            long start = offset(lab, "master") + 1;
            long before = lab.elapsedMs();
            assertEquals(RespValue.integer(2), run(lab, "master", "WAIT", "2", "5000"));
            assertTrue(lab.elapsedMs() - before < 100, "answered by the GETACK round trip, not a heartbeat");
            assertEquals("*3\r\n$8\r\nREPLCONF\r\n$6\r\nGETACK\r\n$1\r\n*\r\n", streamSince(lab, start));
        }

        @Test
        @DisplayName("with one replica cut off, WAIT 2 times out with the count it reached")
        void timesOut() {
            Lab lab = syncedLab(2);
            lab.killLink("master", "replica-2");
            run(lab, "master", "SET", "k", "v");
            long before = lab.elapsedMs();
            assertEquals(RespValue.integer(1), run(lab, "master", "WAIT", "2", "500"));
            assertEquals(500, lab.elapsedMs() - before);
        }
    }

    @Test
    @DisplayName("min-replicas: lag equal to max-lag still counts as good; writes stop once lag exceeds it")
    void minReplicasBoundary() {
        Lab lab = syncedLab(1);
        lab.config("master", "min-replicas-to-write", "1");
        lab.config("master", "min-replicas-max-lag", "3");
        lab.killLink("master", "replica-1");
        long lastAcceptedLag = -1;
        long firstRefusedLag = -1;
        for (int i = 0; i < 100 && firstRefusedLag < 0; i++) {
            lab.advance(100);
            long lag = Long.parseLong(lab.field("replica-1", "lag"));
            RespValue reply = run(lab, "master", "SET", "k", Integer.toString(i));
            if (reply instanceof RespValue.ErrorReply error) {
                assertEquals("NOREPLICAS Not enough good replicas to write.", error.message());
                firstRefusedLag = lag;
            } else {
                lastAcceptedLag = lag;
            }
        }
        assertTrue(lastAcceptedLag >= 3, "a write was accepted at lag " + lastAcceptedLag);
        assertEquals(4, firstRefusedLag, "refused at the first recount once lag is above max-lag");
    }

    @Test
    @DisplayName("a diskless sync sends $EOF:<mark>, and the replica's immediate ACK releases the stream")
    void disklessSync() {
        Lab lab = Lab.create(new ClusterSpec(1, 10, 3, 1024 * 1024, "resend"));
        lab.config("master", "repl-diskless-sync", "yes");
        lab.config("master", "repl-diskless-sync-delay", "2");
        lab.advance(5000);
        run(lab, "master", "SET", "k", "v");
        lab.advance(200);
        assertEquals(RespValue.bulk("v"), run(lab, "replica-1", "GET", "k"));
        List<TraceRecord> trace = lab.trace().records();
        assertTrue(trace.stream().anyMatch(r -> r.kind() == TraceKind.SENT && r.text().contains("RDB (streamed)")));
        assertTrue(trace.stream().anyMatch(r -> r.text().contains("receiving streamed RDB")));
        assertEquals(lab.field("master", "offset"), lab.field("replica-1", "offset"));
    }

    @Test
    @DisplayName("an ACK that answers GETACK soon after a heartbeat is not mistaken for a loss")
    void getAckAnswerIsNotALoss() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 42, 32, "resend"));
        lab.advance(2380);
        run(lab, "master", "SET", "a", "1");
        assertEquals(RespValue.integer(1), run(lab, "master", "WAIT", "1", "1000"));
        lab.advance(2000);
        assertEquals("1", lab.field("master", "sync_full"));
        assertEquals("0", lab.field("master", "sync_partial_err"));
        assertEquals(lab.field("master", "offset"), lab.field("replica-1", "offset"));
        assertTrue(lab.trace().records().stream().noneMatch(r -> r.text().contains("re-sending")
                || r.text().contains("left the backlog")), "nothing was lost, so nothing is re-sent");
    }

    @Test
    @DisplayName("a replica that is ahead of the promoted one cannot continue: Redis's reason is logged")
    void psyncPastTheSecondIdsLimit() {
        Lab lab = syncedLab(2);
        run(lab, "master", "SET", "balance", "100");
        lab.advance(1000);
        lab.killLink("master", "replica-1");
        run(lab, "master", "SET", "paid", "yes");
        lab.advance(200);
        lab.crash("master");
        lab.promote("replica-1");
        lab.advance(3000);
        assertTrue(lab.trace().records().stream().anyMatch(r -> r.text().startsWith(
                "Partial resynchronization not accepted: Requested offset for second ID was ")
                && r.text().contains(", but I can reply up to ")));
        assertEquals("1", lab.field("replica-1", "sync_full"), "replica-2 needed a full resync");
        assertEquals(lab.field("replica-1", "offset"), lab.field("replica-2", "offset"));
    }
}
