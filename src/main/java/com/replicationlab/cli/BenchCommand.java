package com.replicationlab.cli;

import com.replicationlab.cli.bench.LabSpeedBench;
import com.replicationlab.cli.bench.LaunchBench;
import com.replicationlab.cli.bench.MemoryBench;
import com.replicationlab.cli.bench.StepBackBench;
import com.replicationlab.cli.bench.SyncBench;
import com.replicationlab.cli.bench.WindowBench;
import com.replicationlab.cli.bench.WireBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: the performance benchmarks of docs/performance.md, each against a reference run beside it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its table (see docs/performance.md).",
        subcommands = {WireBench.class, SyncBench.class, LabSpeedBench.class, StepBackBench.class, MemoryBench.class,
                WindowBench.class, LaunchBench.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
