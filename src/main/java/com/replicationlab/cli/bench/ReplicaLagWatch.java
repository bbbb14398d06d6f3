package com.replicationlab.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches a master and its replicas while a benchmark runs: every 100 ms it reads the master's
 * offset and each replica's, and finds how far behind in time each replica is — how long ago the
 * master was where the replica is now. The worst of those is the figure (target: within 1 s).
 */
final class ReplicaLagWatch implements AutoCloseable {
    private static final long PERIOD_MS = 100;

    private final int masterPort;
    private final int[] replicaPorts;
    private final Thread thread;
    private final List<long[]> masterHistory = new ArrayList<>();
    private volatile boolean running = true;
    private volatile double worstLagMs;

    ReplicaLagWatch(int masterPort, int... replicaPorts) {
        this.masterPort = masterPort;
        this.replicaPorts = replicaPorts;
        this.thread = new Thread(this::watch, "replica-lag-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try (RespLink master = new RespLink(masterPort)) {
            List<RespLink> replicas = new ArrayList<>();
            for (int port : replicaPorts) {
                replicas.add(new RespLink(port));
            }
            while (running) {
                long now = System.nanoTime();
                masterHistory.add(new long[] {now, Long.parseLong(master.info("replication").get("master_repl_offset"))});
                for (RespLink replica : replicas) {
                    long offset = Long.parseLong(replica.info("replication").get("slave_repl_offset"));
                    worstLagMs = Math.max(worstLagMs, (now - firstTimeAt(offset)) / 1e6);
                }
                Thread.sleep(PERIOD_MS);
            }
            for (RespLink replica : replicas) {
                replica.close();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            worstLagMs = Double.POSITIVE_INFINITY;
        }
    }

    /** The latest time the master's offset was still at or below {@code offset}. */
    private long firstTimeAt(long offset) {
        long time = masterHistory.get(0)[0];
        for (long[] sample : masterHistory) {
            if (sample[1] <= offset) {
                time = sample[0];
            }
        }
        return time;
    }

    /** Stops watching; returns the worst lag seen, in ms (infinite if the watch failed). */
    double stop() throws InterruptedException {
        running = false;
        thread.join();
        return worstLagMs;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
