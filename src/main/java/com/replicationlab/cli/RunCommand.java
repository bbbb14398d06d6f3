package com.replicationlab.cli;

import com.replicationlab.lesson.CourseLoader;
import com.replicationlab.lesson.LessonReport;
import com.replicationlab.lesson.LessonValidator;
import com.replicationlab.script.RunReport;
import com.replicationlab.script.Script;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.ScriptText;
import com.replicationlab.script.ScriptRunner;
import com.replicationlab.script.SessionListener;
import com.replicationlab.script.StatementResult;
import com.replicationlab.script.TracePrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code run FILE...}: runs scenario files headless on virtual time, as fast as the events go,
 * and reports every failed expectation; validates lessons (a lesson's .md file, a language folder
 * or a whole course folder such as lessons/). Exit status: 0 all passed, 1 something failed, 2 a
 * file could not be read or parsed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenario files (.lab) on virtual time and check their expectations; validate lessons (.md).")
public final class RunCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int UNREADABLE = 2;
    private static final String NODE_LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files, lesson files, or directories of "
            + "*.lab files, of lessons (lessons/en) or of a course (lessons/).")
    List<Path> paths;

    @Option(names = "--trace", description = "Print the full trace of each run as it happens.")
    boolean trace;

    private int passed;
    private int failed;
    private int status;

    @Override
    public Integer call() {
        quietNodeLogs();
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                runDirectory(path, out);
            } else if (path.getFileName().toString().endsWith(".md")) {
                report(LessonValidator.validateFile(path, listeners(out)), out);
            } else {
                runFile(path, out);
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return status;
    }

    /** A directory's *.lab files sorted by name, then its lessons: a course's, or a language folder's. */
    private void runDirectory(Path directory, PrintWriter out) {
        List<Path> scenarios;
        try (Stream<Path> listing = Files.list(directory)) {
            scenarios = listing.filter(p -> p.getFileName().toString().endsWith(".lab")).sorted().toList();
        } catch (IOException e) {
            unreadable(out, directory + ": cannot list the directory: " + e.getMessage());
            return;
        }
        scenarios.forEach(file -> runFile(file, out));
        List<LessonReport> lessons = CourseLoader.isCourse(directory)
                ? LessonValidator.validateCourse(directory, listeners(out))
                : CourseLoader.lessonFilesIn(directory).stream()
                        .map(file -> LessonValidator.validateFile(file, listeners(out))).toList();
        lessons.forEach(report -> report(report, out));
        if (scenarios.isEmpty() && lessons.isEmpty()) {
            unreadable(out, directory + ": no .lab files or lessons in this directory");
        }
    }

    private void report(LessonReport report, PrintWriter out) {
        if (trace) {
            report.answers().forEach(out::println);
        }
        report.problems().forEach(out::println);
        if (report.passed()) {
            passed++;
            out.println("ok   " + report.file().name() + " (" + report.summary() + ")");
            return;
        }
        failed++;
        status = Math.max(status, report.unreadable() ? UNREADABLE : FAILED);
        out.println("FAIL " + report.file().name() + " (" + (report.unreadable() ? report.summary()
                : report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")) + ")");
    }

    private SessionListener[] listeners(PrintWriter out) {
        return trace ? new SessionListener[] {new TracePrinter(out::println)} : new SessionListener[0];
    }

    private void runFile(Path file, PrintWriter out) {
        Script script;
        try {
            script = ScriptParser.parse(file.toString(), ScriptText.read(file));
        } catch (IOException e) {
            unreadable(out, file + ": cannot read the file: " + e.getMessage());
            return;
        } catch (ScriptException e) {
            unreadable(out, e.getMessage());
            out.println("FAIL " + file + " (does not parse)");
            return;
        }
        RunReport report = ScriptRunner.run(script, listeners(out));
        report.failures().stream().map(StatementResult::describe).forEach(out::println);
        if (report.passed()) {
            passed++;
            out.println("ok   " + file + " (" + report.checks() + " expectations)");
        } else {
            failed++;
            status = Math.max(status, FAILED);
            out.println("FAIL " + file + " (" + report.failures().size() + " of " + report.results().size()
                    + " lines failed)");
        }
    }

    /**
     * The nodes' own log lines are all in the trace (--trace); on stderr they would only bury the
     * results. Set before the first node makes its logger; a level given by the user wins.
     */
    private static void quietNodeLogs() {
        if (System.getProperty(NODE_LOG_LEVEL) == null) {
            System.setProperty(NODE_LOG_LEVEL, "off");
        }
    }

    private void unreadable(PrintWriter out, String message) {
        out.println(message);
        failed++;
        status = UNREADABLE;
    }
}
