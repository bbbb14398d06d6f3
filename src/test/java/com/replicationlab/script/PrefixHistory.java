package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabNode;
import com.replicationlab.replication.LinkState;
import com.replicationlab.server.RedisNode;
import com.replicationlab.testing.KeyspaceDigest;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prefix consistency: the master's data after each of its writes, by history (replication ID) and
 * offset; a synced replica must hold exactly the master's data as of its own offset. States no
 * replica can still be at are forgotten, so a long run keeps only a bounded window.
 */
final class PrefixHistory {
    private final Map<String, TreeMap<Long, String>> byReplid = new TreeMap<>();

    void recordIfWrite(Lab lab) {
        LabNode master = lab.node("master");
        if (master.isUp()) {
            record(master.redis());
        }
    }

    private void record(RedisNode master) {
        byReplid.computeIfAbsent(master.masterSide().ids().replid(), k -> new TreeMap<>())
                .put(master.masterSide().masterReplOffset(), KeyspaceDigest.of(master.keyspace()));
    }

    void check(Lab lab) {
        LabNode master = lab.node("master");
        if (master.isUp() && !master.redis().isReplica()) {
            TreeMap<Long, String> states = byReplid.get(master.redis().masterSide().ids().replid());
            if (states == null || !states.lastEntry().getValue().equals(KeyspaceDigest.of(master.redis().keyspace()))) {
                record(master.redis()); // a new history, or data changed by a write or an expiry
            }
        }
        for (String name : ChaosMoves.REPLICAS) {
            LabNode node = lab.node(name);
            if (!node.isUp() || node.redis().replicaSide().state() != LinkState.CONNECTED) {
                continue;
            }
            RedisNode replica = node.redis();
            TreeMap<Long, String> states = byReplid.get(replica.masterSide().ids().replid());
            Map.Entry<Long, String> asOf = states == null ? null : states.floorEntry(replica.replicaSide().replOffset());
            if (asOf == null) {
                continue; // a history the checker never saw begin (a crashed master's)
            }
            String actual = KeyspaceDigest.of(replica.keyspace());
            if (!actual.equals(asOf.getValue())) {
                throw new AssertionError("prefix consistency broken at " + lab.elapsedMs() + " ms: " + name
                        + " at offset " + replica.replicaSide().replOffset() + " holds\n" + actual
                        + "but the master held, at offset " + asOf.getKey() + ",\n" + asOf.getValue());
            }
        }
    }

    /**
     * After convergence every replica is at the master's offset in the master's history: only the
     * newest state of that history can still be needed.
     */
    void forgetAllButNewest(Lab lab) {
        String replid = lab.node("master").redis().masterSide().ids().replid();
        TreeMap<Long, String> states = byReplid.get(replid);
        byReplid.clear();
        if (states != null && !states.isEmpty()) {
            TreeMap<Long, String> newest = new TreeMap<>();
            newest.put(states.lastKey(), states.lastEntry().getValue());
            byReplid.put(replid, newest);
        }
    }

    /** How many states are remembered (bounded in a soak). */
    int size() {
        return byReplid.values().stream().mapToInt(Map::size).sum();
    }
}
