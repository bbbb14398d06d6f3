package com.replicationlab.cli.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Wire throughput: redis-benchmark against a served lab master with replicas, and against a real
 * redis-server master with as many real replicas, alternately, in the same run; the median of the
 * repeats for each, their ratio, and how far behind the replicas fell.
 */
@Command(name = "wire", mixinStandardHelpOptions = true,
        description = "redis-benchmark: a served lab master with replicas vs a real redis-server with real replicas.")
public final class WireBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "First port; the lab uses PORT.., real Redis PORT+10.. (default: ${DEFAULT-VALUE}).",
            defaultValue = "28100")
    int port;

    @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each master (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--tests", defaultValue = "set,get,incr,lpush,mset", description = "redis-benchmark -t (default: ${DEFAULT-VALUE}).")
    String tests;

    @Option(names = "-n", defaultValue = "200000", description = "Requests per test (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "-c", defaultValue = "50", description = "Clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--pipelines", defaultValue = "1,16", split = ",", description = "Values of -P (default: ${DEFAULT-VALUE}).")
    List<Integer> pipelines;

    @Option(names = "--repeats", defaultValue = "3", description = "Runs of each, alternating lab and Redis; the median counts (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // ops/s and worst replica lag per (subject, pipeline, test), one entry per repeat
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> lags = new LinkedHashMap<>();
        try (ServedCluster lab = new ServedCluster(port, replicas); RealCluster redis = new RealCluster(port + 10, replicas)) {
            // One unmeasured run each first: the lab's JVM compiles its hot paths during the first.
            for (int pipeline : pipelines) {
                redisBenchmark(port, pipeline);
                redisBenchmark(port + 10, pipeline);
            }
            for (int repeat = 0; repeat < repeats; repeat++) {
                // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
                String[] order = repeat % 2 == 0 ? new String[] {"lab", "redis"} : new String[] {"redis", "lab"};
                for (int pipeline : pipelines) {
                    for (String subject : order) {
                        int masterPort = subject.equals("lab") ? port : port + 10;
                        measure(subject, pipeline, masterPort, rates, lags);
                    }
                }
            }
        }
        Table table = new Table("test", "-P", "lab ops/s", "redis ops/s", "lab/redis", "lab lag ms", "redis lag ms");
        for (int pipeline : pipelines) {
            for (String test : rates.keySet().stream().filter(k -> k.startsWith("lab " + pipeline + " "))
                    .map(k -> k.substring(("lab " + pipeline + " ").length())).toList()) {
                double labRate = Stats.median(rates.get("lab " + pipeline + " " + test));
                double redisRate = Stats.median(rates.getOrDefault("redis " + pipeline + " " + test, List.of(Double.NaN)));
                table.row(test, pipeline, labRate, redisRate, labRate / redisRate,
                        Stats.median(lags.get("lab " + pipeline)), Stats.median(lags.get("redis " + pipeline)));
            }
        }
        out.printf("wire throughput: redis-benchmark -t %s -n %d -c %d, %d replicas, after a warm-up run, median of %d%n", tests, requests,
                clients, replicas, repeats);
        table.print(out);
        return 0;
    }

    private void measure(String subject, int pipeline, int masterPort, Map<String, List<Double>> rates,
                         Map<String, List<Double>> lags) throws IOException, InterruptedException {
        int[] replicaPorts = new int[replicas];
        for (int i = 0; i < replicas; i++) {
            replicaPorts[i] = masterPort + 1 + i;
        }
        ReplicaLagWatch watch = new ReplicaLagWatch(masterPort, replicaPorts);
        Map<String, Double> result = redisBenchmark(masterPort, pipeline);
        lags.computeIfAbsent(subject + " " + pipeline, k -> new ArrayList<>()).add(watch.stop());
        result.forEach((test, rate) -> rates.computeIfAbsent(subject + " " + pipeline + " " + test,
                k -> new ArrayList<>()).add(rate));
    }

    /** A rate as redis-benchmark prints it: "inf" when a tiny test ends within its clock's resolution. */
    private static double opsPerSecond(String cell) {
        return cell.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(cell);
    }

    /** Runs redis-benchmark with --csv; returns ops/s by test name. */
    private Map<String, Double> redisBenchmark(int masterPort, int pipeline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("redis-benchmark", "-h", "127.0.0.1", "-p", Integer.toString(masterPort),
                "-t", tests, "-n", Integer.toString(requests), "-c", Integer.toString(clients),
                "-P", Integer.toString(pipeline), "--csv").redirectErrorStream(true).start();
        Map<String, Double> rates = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.replace("\"", "").split(",");
                if (cells.length >= 2 && !cells[0].equals("test")) {
                    rates.put(cells[0].split(" ")[0], opsPerSecond(cells[1]));
                }
            }
        }
        if (process.waitFor() != 0 || rates.isEmpty()) {
            throw new IOException("redis-benchmark against port " + masterPort + " failed");
        }
        return rates;
    }
}
