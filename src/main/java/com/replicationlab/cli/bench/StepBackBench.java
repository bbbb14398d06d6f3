package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabFeed;
import com.replicationlab.ui.session.LabSession;
import com.replicationlab.ui.session.ScriptPerformer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Step back deep in history: the window's lab session runs writes until many events have run,
 * then steps back one event at a time, as the ← key does; how long each step back takes. The
 * session makes its checkpoints in the background meanwhile, as in the window; {@code --pause-ms}
 * gives its worker time to catch up with a lab that ran flat out, as a student's pause would.
 */
@Command(name = "stepback", mixinStandardHelpOptions = true,
        description = "Step backs after many events, one after another, as the window does them.")
public final class StepBackBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "100000", description = "Events run before stepping back (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--replicas", defaultValue = "2", description = "Replicas (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--repeats", defaultValue = "5", description = "Step backs, one after another (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--pause-ms", defaultValue = "0",
            description = "Wall time between the last write and the first step back, as a student pausing before pressing the key (default: ${DEFAULT-VALUE}).")
    long pauseMs;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (LabSession session = new LabSession(new ScriptPerformer(), new LabFeed(Runnable::run, update -> { }, 1000))) {
            Lab lab = session.start(new ClusterSpec(replicas, 50, 42, 1024 * 1024, "resend"));
            long writes = 0;
            long buildStart = System.nanoTime();
            while (lab.eventsRun() < events) {
                session.apply(lab, new LabAction("master> SET key:" + (writes % 1000) + " value-" + writes));
                writes++;
                LabSession.advance(lab, 10);
            }
            double buildMs = Stats.millisSince(buildStart);
            Thread.sleep(pauseMs);
            List<Double> stepMs = new ArrayList<>();
            for (int repeat = 0; repeat < repeats; repeat++) {
                long before = lab.eventsRun();
                long start = System.nanoTime();
                lab = session.stepBack(lab);
                stepMs.add(Stats.millisSince(start));
                if (lab.eventsRun() != before - 1) {
                    throw new IllegalStateException("a step back from event " + before + " reached " + lab.eventsRun());
                }
            }
            out.printf("step back: master + %d replicas, %d writes, one every 10 virtual ms, then after %d ms %d step backs in a row%n",
                    replicas, writes, pauseMs, repeats);
            Table table = new Table("events run", "time to run them ms", "events/s", "first step back ms",
                    "median step back ms", "slowest step back ms");
            table.row(events, buildMs, events * 1000 / buildMs, stepMs.get(0), Stats.median(stepMs),
                    stepMs.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            table.print(out);
            out.println("each step back ms: " + stepMs.stream().map(ms -> String.format(Locale.ROOT, "%.1f", ms)).toList());
        }
        return 0;
    }
}
