package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.app.GuiLauncher;
import com.replicationlab.ui.app.GuiOptions;
import com.replicationlab.ui.app.OpenWindow;
import com.replicationlab.ui.theme.Theme;
import com.replicationlab.ui.topology.FrameProbe;
import com.replicationlab.ui.topology.FrameProbe.FrameStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static com.replicationlab.cli.bench.FxCalls.WAIT_SECONDS;
import static com.replicationlab.cli.bench.FxCalls.onFx;

/**
 * Window smoothness: the real window, a master and its replicas taking writes at a rate of
 * virtual time, played at each speed in turn; frame times from the window's own frame probe, and
 * the time from the JVM's start to the first frame.
 */
@Command(name = "window", mixinStandardHelpOptions = true,
        description = "Frame times of the window playing a lab under writes, at 1x and 10x (run it under Xvfb: bench/window).")
public final class WindowBench implements Callable<Integer> {
    /** How often the driver hands the lab the writes that have come due (wall ms). */
    private static final long DRIVE_MS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--replicas", defaultValue = "8", description = "Replicas (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--writes-per-second", defaultValue = "1000", description = "Writes on the master per virtual second (default: ${DEFAULT-VALUE}).")
    int writesPerSecond;

    @Option(names = "--seconds", defaultValue = "20", description = "Wall seconds measured at each speed (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup-seconds", defaultValue = "3", description = "Wall seconds played, unmeasured, before each speed's measurement (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--speeds", split = ",", defaultValue = "1,10", description = "Speeds, one phase each (default: ${DEFAULT-VALUE}).")
    List<Double> speeds;

    @Option(names = "--presentation", description = "Presentation mode: the canvas alone, in large type, without the panels.")
    boolean presentation;

    @Override
    public Integer call() throws Exception {
        if (replicas < 1 || replicas > ClusterSpec.MAX_REPLICAS) {
            throw new ParameterException(spec.commandLine(), "--replicas must be between 1 and " + ClusterSpec.MAX_REPLICAS);
        }
        PrintWriter out = spec.commandLine().getOut();
        OpenWindow opened = GuiLauncher.open(options()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        LabViewModel model = opened.model();
        FrameProbe probe = opened.window().topology().frameProbe();
        WriteMix writes = new WriteMix("master", writesPerSecond);
        AtomicLong written = new AtomicLong();
        ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor();
        Table table = new Table("speed", "frames", "p50 ms", "p99 ms", "max ms", "fps", "virtual s", "writes");
        long firstFrameMs;
        try {
            firstFrameMs = FxCalls.firstFrameMs(probe);
            AtomicBoolean handing = new AtomicBoolean();
            driver.scheduleAtFixedRate(() -> {
                // One hand-over at a time: a lab that falls behind gets the writes due in one go.
                if (handing.compareAndSet(false, true)) {
                    model.read(writes::writeDue).whenComplete((n, e) -> {
                        written.set(n == null ? written.get() : n);
                        handing.set(false);
                    });
                }
            }, 0, DRIVE_MS, TimeUnit.MILLISECONDS);
            onFx(() -> {
                opened.appearance().presentationProperty().set(presentation);
                model.setSpeed(speeds.get(0));
                model.play();
                return null;
            });
            for (double speed : speeds) {
                onFx(() -> {
                    model.setSpeed(speed);
                    return null;
                });
                sleep(warmupSeconds);
                long virtualBefore = model.read(Lab::elapsedMs).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
                long writesBefore = written.get();
                onFx(() -> {
                    probe.clear();
                    return null;
                });
                sleep(seconds);
                FrameStats stats = onFx(probe::stats);
                long virtualAfter = model.read(Lab::elapsedMs).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
                table.row(String.format(Locale.ROOT, speed % 1 == 0 ? "%.0fx" : "%.2fx", speed), stats.frames(), stats.p50Ms(), stats.p99Ms(),
                        stats.maxMs(), stats.fps(), (virtualAfter - virtualBefore) / 1000.0, written.get() - writesBefore);
            }
        } finally {
            driver.shutdownNow();
            onFx(() -> {
                opened.stage().close();
                return null;
            });
        }
        out.printf("window: master + %d replicas, %d writes per virtual second, %.0f s per speed after %.0f s unmeasured%n",
                replicas, writesPerSecond, seconds, warmupSeconds);
        table.print(out);
        out.printf("launch to first frame: %d ms (from the JVM's start)%n", firstFrameMs);
        out.flush();
        return 0;
    }

    private GuiOptions options() {
        ClusterSpec defaults = ClusterSpec.defaults();
        ClusterSpec cluster = new ClusterSpec(replicas, defaults.latencyMs(), defaults.seed(), defaults.backlogBytes(),
                defaults.lossRecovery());
        return new GuiOptions(cluster, Locale.ENGLISH, Theme.LIGHT, false, false, 0, 0, null, null, 0, null, false);
    }

    private static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }
}
