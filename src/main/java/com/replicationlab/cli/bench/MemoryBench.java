package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabException;
import com.replicationlab.live.LabRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Memory over a long run: a lab played in real time at a speed, taking writes and random faults,
 * publishing snapshots at display rate as it does for the window; the heap after a full GC and the
 * resident size, sampled as it runs. Flat after warm-up means the trace and history are bounded.
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Heap and resident memory of a lab playing for a long virtual time with faults.")
public final class MemoryBench implements Callable<Integer> {
    private static final long TICK_MS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--virtual-seconds", defaultValue = "3600", description = "Virtual time to play (default: ${DEFAULT-VALUE}).")
    long virtualSeconds;

    @Option(names = "--speed", defaultValue = "10", description = "Playing speed (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--replicas", defaultValue = "8", description = "Replicas (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--writes-per-second", defaultValue = "100", description = "Writes per virtual second (default: ${DEFAULT-VALUE}).")
    int writesPerSecond;

    @Option(names = "--samples", defaultValue = "10", description = "Memory samples over the run (default: ${DEFAULT-VALUE}).")
    int samples;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lab lab = Lab.create(new ClusterSpec(replicas, 50, 42, 1024 * 1024, "resend"));
        SplittableRandom random = new SplittableRandom(42);
        long wallMs = (long) (virtualSeconds * 1000 / speed);
        int writesPerTick = (int) Math.max(1, writesPerSecond * speed * TICK_MS / 1000);
        List<long[]> taken = new ArrayList<>();
        long[] writes = new long[1];
        try (LabRunner runner = new LabRunner(lab)) {
            runner.onSnapshot(snapshot -> { });
            runner.setSpeed(speed);
            runner.play();
            long start = System.nanoTime();
            long nextSample = 0;
            for (long tick = 0; tick * TICK_MS < wallMs; tick++) {
                runner.submit(l -> {
                    for (int i = 0; i < writesPerTick; i++, writes[0]++) {
                        l.command("master", List.of("SET", "key:" + writes[0] % 10_000, "value-" + writes[0]));
                    }
                });
                if (tick % 100 == 0) {
                    runner.submit(l -> fault(l, random));
                }
                if (tick * TICK_MS >= nextSample) {
                    taken.add(sample(runner, tick * TICK_MS));
                    nextSample += Math.max(1, wallMs / samples);
                }
                long sleepMs = tick * TICK_MS - (long) Stats.millisSince(start);
                if (sleepMs > 0) {
                    Thread.sleep(sleepMs);
                }
            }
            taken.add(sample(runner, wallMs));
        }
        out.printf("memory: master + %d replicas, %d writes/s, faults every second of wall time, %d s virtual at %.0fx%n",
                replicas, writesPerSecond, virtualSeconds, speed);
        Table table = new Table("wall s", "virtual s", "heap after GC MB", "resident MB");
        for (long[] sample : taken) {
            table.row(sample[0] / 1000, sample[1] / 1000, sample[2], sample[3]);
        }
        table.print(out);
        return 0;
    }

    /** A random fault, or the repair of one: lossy links, cut links, crashed replicas. */
    private void fault(Lab lab, SplittableRandom random) {
        String replica = "replica-" + (1 + random.nextInt(replicas));
        try {
            switch (random.nextInt(4)) {
                case 0 -> lab.dropRate("master", replica, random.nextInt(20));
                case 1 -> lab.killLink("master", replica);
                case 2 -> lab.healLink("master", replica);
                default -> {
                    if (lab.node(replica).isUp()) {
                        lab.crash(replica);
                    } else {
                        lab.restart(replica);
                    }
                }
            }
        } catch (LabException refused) {
            // A fault that does not apply now (a replica that is already down): the run goes on.
        }
    }

    /** {wall ms, virtual ms, heap MB after GC, resident MB}. */
    private static long[] sample(LabRunner runner, long wallMs) throws Exception {
        long virtualMs = runner.call(Lab::elapsedMs).get();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        return new long[] {wallMs, virtualMs, heap, residentMb()};
    }

    private static long residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        return -1;
    }
}
