package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceKind;
import io.netty.util.concurrent.DefaultThreadFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Lab speed: a headless lab (a master and replicas on virtual time) takes a stream of writes; how
 * many packet deliveries it runs per second of wall time, and how much longer it takes than
 * applying the same writes straight to as many keyspaces (no network, no trace).
 */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "A headless lab on virtual time vs the same writes applied directly to keyspaces.")
public final class LabSpeedBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--replicas", defaultValue = "8", description = "Replicas (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--writes", defaultValue = "1000000", description = "Writes (default: ${DEFAULT-VALUE}).")
    int writes;

    @Option(names = "--writes-per-ms", defaultValue = "10", description = "Writes per virtual millisecond (default: ${DEFAULT-VALUE}).")
    int writesPerMs;

    @Option(names = "--keys", defaultValue = "100000", description = "Distinct keys written (default: ${DEFAULT-VALUE}).")
    int keys;

    @Option(names = "--repeats", defaultValue = "3", description = "Runs of each, alternating; the median counts (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        return onLabThread(this::measure);
    }

    /**
     * Runs {@code work} on a thread like the one the app runs its labs on (a Netty event loop's,
     * see {@code LabRunner}): there Netty's per-thread state — the list every decoder fills, its
     * object pools — is a field of the thread; on the JVM's main thread each use is a
     * {@code ThreadLocal} lookup (4 % of the lab's samples when the benchmark ran on main).
     */
    static <T> T onLabThread(Callable<T> work) throws InterruptedException, ExecutionException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new DefaultThreadFactory("lab-bench").newThread(task);
        thread.start();
        return task.get();
    }

    private int measure() {
        PrintWriter out = spec.commandLine().getOut();
        List<Double> labMs = new ArrayList<>();
        List<Double> directMs = new ArrayList<>();
        List<Double> labCpuMs = new ArrayList<>();
        List<Double> directCpuMs = new ArrayList<>();
        List<Double> labThreadCpuMs = new ArrayList<>();
        List<Double> directThreadCpuMs = new ArrayList<>();
        List<Double> labAllocatedMb = new ArrayList<>();
        List<Double> deliveriesPerSecond = new ArrayList<>();
        long deliveries = 0;
        for (int repeat = 0; repeat < repeats; repeat++) {
            long start = System.nanoTime();
            double cpu = Stats.processCpuMs();
            double threadCpu = Stats.threadCpuMs();
            double allocated = Stats.threadAllocatedMb();
            deliveries = runLab();
            labMs.add(Stats.millisSince(start));
            labCpuMs.add(Stats.processCpuMs() - cpu);
            labThreadCpuMs.add(Stats.threadCpuMs() - threadCpu);
            labAllocatedMb.add(Stats.threadAllocatedMb() - allocated);
            deliveriesPerSecond.add(deliveries / (labMs.get(repeat) / 1000));
            start = System.nanoTime();
            cpu = Stats.processCpuMs();
            threadCpu = Stats.threadCpuMs();
            runDirect();
            directMs.add(Stats.millisSince(start));
            directCpuMs.add(Stats.processCpuMs() - cpu);
            directThreadCpuMs.add(Stats.threadCpuMs() - threadCpu);
        }
        out.printf("lab speed: master + %d replicas, %d writes (SET), %d per virtual ms, median of %d%n", replicas,
                writes, writesPerMs, repeats);
        // Wall time is what the target is about; CPU time (all the JVM's threads, the
        // collector's included) is a steadier view of the same work when the machine is shared.
        // The measuring thread's own CPU leaves out the collector and the compiler, and what it
        // allocated is the same in every run of the same code, whatever the load.
        Table table = new Table("lab ms", "direct ms (" + (replicas + 1) + " keyspaces)", "overhead",
                "deliveries", "deliveries/s", "writes/s", "lab CPU ms", "direct CPU ms", "CPU overhead",
                "lab thread CPU ms", "direct thread CPU ms", "thread CPU overhead", "lab MB allocated");
        double lab = Stats.median(labMs);
        double labCpu = Stats.median(labCpuMs);
        double labThreadCpu = Stats.median(labThreadCpuMs);
        table.row(lab, Stats.median(directMs), lab / Stats.median(directMs), deliveries,
                Stats.median(deliveriesPerSecond), writes / (lab / 1000), labCpu, Stats.median(directCpuMs),
                labCpu / Stats.median(directCpuMs), labThreadCpu, Stats.median(directThreadCpuMs),
                labThreadCpu / Stats.median(directThreadCpuMs), Stats.median(labAllocatedMb));
        table.print(out);
        return 0;
    }

    /** Returns the packets delivered. */
    private long runLab() {
        Lab lab = Lab.create(new ClusterSpec(replicas, 1, 42, 1024 * 1024, "resend"));
        long[] delivered = new long[1];
        lab.trace().addListener(record -> {
            if (record.kind() == TraceKind.DELIVERED) {
                delivered[0]++;
            }
        });
        lab.advance(1000); // the replicas' full syncs
        for (int i = 0; i < writes; i++) {
            lab.command("master", write(i));
            if ((i + 1) % writesPerMs == 0) {
                lab.advance(1);
            }
        }
        lab.advance(1000);
        String last = "replica-" + replicas;
        if (replicas > 0 && !lab.field(last, "offset").equals(lab.field("master", "offset"))) {
            throw new IllegalStateException(last + " did not catch up with the master");
        }
        return delivered[0];
    }

    private void runDirect() {
        DirectKeyspaces direct = new DirectKeyspaces(replicas + 1);
        for (int i = 0; i < writes; i++) {
            direct.apply(write(i));
        }
        if (direct.keys() != Math.min(keys, writes)) {
            throw new IllegalStateException("the direct keyspaces hold " + direct.keys() + " keys");
        }
    }

    private List<String> write(int i) {
        return List.of("SET", "key:" + (i % keys), "value-" + i);
    }
}
