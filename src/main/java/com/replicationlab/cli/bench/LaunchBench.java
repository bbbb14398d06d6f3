package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.ui.app.GuiLauncher;
import com.replicationlab.ui.app.GuiOptions;
import com.replicationlab.ui.app.OpenWindow;
import com.replicationlab.ui.theme.Theme;
import com.sun.management.OperatingSystemMXBean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static com.replicationlab.cli.bench.FxCalls.WAIT_SECONDS;
import static com.replicationlab.cli.bench.FxCalls.onFx;

/**
 * Launch to first frame: the window as {@code gui} opens it (the default lab, paused), timed
 * from the JVM's start to when it is shown and to its first frame, then closed. One launch per
 * JVM, since only the first is a launch: bench/launch starts several, with and without the
 * class-data archive that scripts/launch makes.
 */
@Command(name = "launch", mixinStandardHelpOptions = true,
        description = "Time from the JVM's start to the window's first frame (run it under Xvfb: bench/launch).")
public final class LaunchBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        OpenWindow opened = GuiLauncher.open(options()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        long shownMs = FxCalls.sinceJvmStartMs(System.nanoTime());
        try {
            long firstFrameMs = FxCalls.firstFrameMs(opened.window().topology().frameProbe());
            // CPU time (all threads) as well: on a shared machine it moves far less than wall time.
            long cpuMs = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            out.printf("window shown: %d ms, first frame: %d ms (from the JVM's start), CPU time: %d ms%n", shownMs,
                    firstFrameMs, cpuMs);
        } finally {
            onFx(() -> {
                opened.stage().close();
                return null;
            });
        }
        out.flush();
        return 0;
    }

    private static GuiOptions options() {
        return new GuiOptions(ClusterSpec.defaults(), Locale.ENGLISH, Theme.LIGHT, false, false, 0, 0, null, null, 0,
                null, false);
    }
}
