package com.replicationlab.cli.bench;

import com.replicationlab.net.TcpHost;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.config.NodeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Full sync: a master holding many small keys, an empty replica told REPLICAOF; the time until the
 * replica is online with every key. Lab master → lab replica (both over real TCP) vs real → real.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Full sync of many small keys: lab master to lab replica vs redis-server to redis-server.")
public final class SyncBench implements Callable<Integer> {
    private static final int KEYS_PER_MSET = 100;
    private static final int MSETS_PER_BATCH = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "28300", description = "First port; the lab uses PORT, PORT+1, "
            + "real Redis PORT+10, PORT+11 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--keys", defaultValue = "1000000", description = "Keys on the master (default: ${DEFAULT-VALUE}).")
    int keys;

    @Option(names = "--repeats", defaultValue = "3", description = "Syncs of each, alternating; the median counts (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Double> labMs = new ArrayList<>();
        List<Double> redisMs = new ArrayList<>();
        try (ServedCluster lab = new ServedCluster(port, 0); RedisServerProcess redis = RedisServerProcess.start(port + 10, 0)) {
            fill(port);
            fill(port + 10);
            for (int repeat = 0; repeat < repeats; repeat++) {
                labMs.add(syncLabReplica(port, port + 1));
                redisMs.add(syncRealReplica(port + 10, port + 11));
            }
        }
        out.printf("full sync: %d keys, REPLICAOF until the replica is online with every key, median of %d%n", keys, repeats);
        Table table = new Table("lab → lab ms", "redis → redis ms", "lab/redis");
        table.row(Stats.median(labMs), Stats.median(redisMs), Stats.median(labMs) / Stats.median(redisMs));
        table.print(out);
        return 0;
    }

    /** Writes {@code keys} small keys, pipelined MSETs. */
    private void fill(int masterPort) throws IOException {
        try (RespLink link = new RespLink(masterPort)) {
            int sent = 0;
            while (sent < keys) {
                int commands = 0;
                for (; commands < MSETS_PER_BATCH && sent < keys; commands++) {
                    List<String> mset = new ArrayList<>(List.of("MSET"));
                    for (int k = 0; k < KEYS_PER_MSET && sent < keys; k++, sent++) {
                        mset.add("key:" + sent);
                        mset.add("v" + sent);
                    }
                    link.send(mset);
                }
                for (int i = 0; i < commands; i++) {
                    link.reply();
                }
            }
        }
    }

    private double syncLabReplica(int masterPort, int replicaPort) throws Exception {
        try (TcpHost host = new TcpHost()) {
            host.startNode("replica", new NodeConfig(), "127.0.0.1", replicaPort);
            return timeSync(masterPort, replicaPort);
        }
    }

    private double syncRealReplica(int masterPort, int replicaPort) throws Exception {
        try (RedisServerProcess replica = RedisServerProcess.start(replicaPort, 0)) {
            return timeSync(masterPort, replicaPort);
        }
    }

    /** REPLICAOF, then the wall time until the replica reports its link up and holds every key. */
    private double timeSync(int masterPort, int replicaPort) throws IOException, InterruptedException {
        try (RespLink replica = new RespLink(replicaPort)) {
            long start = System.nanoTime();
            replica.command("REPLICAOF", "127.0.0.1", Integer.toString(masterPort));
            while (true) {
                Map<String, String> info = replica.info("replication");
                if ("up".equals(info.get("master_link_status")) && "0".equals(info.get("master_sync_in_progress"))) {
                    break;
                }
                Thread.sleep(5);
            }
            double ms = Stats.millisSince(start);
            long size = ((RespValue.RespInteger) replica.command("DBSIZE")).value();
            if (size != keys) {
                throw new IOException("the replica on port " + replicaPort + " holds " + size + " keys, not " + keys);
            }
            return ms;
        }
    }
}
