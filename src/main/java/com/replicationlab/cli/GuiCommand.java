package com.replicationlab.cli;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptText;
import com.replicationlab.ui.app.GuiLauncher;
import com.replicationlab.ui.app.GuiOptions;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gui}: the lab window (what runs when no command is given). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the lab window: a master and its replicas, playing in real time.")
public final class GuiCommand implements Callable<Integer> {
    /** Without a scenario, a shot of the default lab at this moment shows ACKs on their way. */
    private static final long DEFAULT_SHOT_MS = 4375;

    @Spec
    CommandSpec spec;

    @Option(names = "--replicas", description = "Replicas of the master, 1 to 8 (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int replicas;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language: en or zh-CN (default: the system's).")
    String language;

    @Option(names = "--theme", description = "light or dark (default: ${DEFAULT-VALUE}).", defaultValue = "light")
    String theme;

    @Option(names = "--presentation", description = "Presentation mode: large type, high contrast, canvas only.")
    boolean presentation;

    @Option(names = "--reduced-motion", description = "No falling or gliding animations.")
    boolean reducedMotion;

    @Option(names = "--size", paramLabel = "WxH",
            description = "Window size (default: 1600x1000, or less to fit the screen).")
    String size;

    @Option(names = "--script", paramLabel = "FILE", description = "Open this scenario: its cluster, then its actions.")
    Path script;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "Run the scenario (or the default lab for --at), save the window as this PNG, and exit.")
    Path screenshot;

    @Option(names = "--at", paramLabel = "MS", description = "With --screenshot: virtual milliseconds to run before "
            + "the shot (default: none after a scenario or lesson, else " + DEFAULT_SHOT_MS + ", mid-way through a heartbeat).")
    Long atMs;

    @Option(names = "--lesson", paramLabel = "ID",
            description = "Open this lesson at once, where you left it, e.g. 06-lost-command.")
    String lesson;

    @Option(names = "--demo", description = "With --lesson: the teacher's demo mode (large type, presenter notes).")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        String problem = GuiLauncher.run(options());
        if (problem != null) {
            System.err.println(problem);
            return 1;
        }
        if (screenshot != null) {
            System.out.println("saved " + screenshot);
        }
        return 0;
    }

    private GuiOptions options() {
        if (replicas < 1 || replicas > ClusterSpec.MAX_REPLICAS) {
            throw new ParameterException(spec.commandLine(), "--replicas must be between 1 and " + ClusterSpec.MAX_REPLICAS);
        }
        double width = 0;
        double height = 0;
        if (size != null) {
            String[] wh = size.toLowerCase(Locale.ROOT).split("x");
            try {
                width = Double.parseDouble(wh[0]);
                height = Double.parseDouble(wh[1]);
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "--size is WIDTHxHEIGHT, e.g. 1280x720: " + size);
            }
            if (width < 320 || height < 240) {
                throw new ParameterException(spec.commandLine(), "--size is at least 320x240: " + size);
            }
        }
        Theme chosen;
        try {
            chosen = Theme.parse(theme);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--theme is light or dark: " + theme);
        }
        if (atMs != null && atMs < 0) {
            throw new ParameterException(spec.commandLine(), "--at cannot be negative: " + atMs);
        }
        GuiOptions.Scenario scenario = null;
        if (script != null) {
            try {
                scenario = new GuiOptions.Scenario(script.toString(), ScriptText.read(script));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "--script: cannot read " + script + ": " + e.getMessage());
            } catch (ScriptException e) {
                throw new ParameterException(spec.commandLine(), "--script: " + e.getMessage());
            }
        }
        long shotMs = atMs != null ? atMs : script != null || lesson != null ? 0 : DEFAULT_SHOT_MS;
        ClusterSpec defaults = ClusterSpec.defaults();
        ClusterSpec cluster = new ClusterSpec(replicas, defaults.latencyMs(), defaults.seed(), defaults.backlogBytes(),
                defaults.lossRecovery());
        Locale locale = language == null ? Locale.getDefault() : I18n.parse(language);
        if (demo && lesson == null) {
            throw new ParameterException(spec.commandLine(), "--demo needs --lesson: the lesson to present");
        }
        return new GuiOptions(cluster, locale, chosen, presentation, reducedMotion, width, height, scenario, screenshot,
                shotMs, lesson, demo);
    }
}
