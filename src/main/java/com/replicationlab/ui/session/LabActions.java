package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Every operation the window offers, each as a line of the lab's action language (the words of
 * DESIGN.md) with its effect on the lab.
 */
public final class LabActions {
    private static final Pattern PLAIN_WORD = Pattern.compile("[^\\s\"'\\\\]+");

    private LabActions() {
    }

    // ----- nodes -----

    /** {@code master> SET key value}: a command on a node, as redis-cli on that machine would send it. */
    public static LabAction command(String node, List<String> args) {
        StringBuilder line = new StringBuilder(node).append('>');
        args.forEach(arg -> line.append(' ').append(quoted(arg)));
        // The reply's own text (the script package will print it as redis-cli does).
        return new LabAction(line.toString(), lab -> String.valueOf(lab.command(node, args)));
    }

    /** {@code config master min-replicas-to-write 2}. */
    public static LabAction config(String node, String setting, String value) {
        return new LabAction("config " + node + " " + setting + " " + quoted(value), lab -> {
            lab.config(node, setting, value);
            return "OK";
        });
    }

    public static LabAction crash(String node) {
        return done("crash " + node, lab -> lab.crash(node));
    }

    public static LabAction restart(String node) {
        return done("restart " + node, lab -> lab.restart(node));
    }

    public static LabAction promote(String node) {
        return done("promote " + node, lab -> lab.promote(node));
    }

    // ----- one direction of a link -----

    public static LabAction dropNext(String from, String to) {
        return done("drop next " + from + "->" + to, lab -> lab.dropNext(from, to));
    }

    public static LabAction dropRate(String from, String to, int percent) {
        return done("drop rate " + percent + "% " + from + "->" + to, lab -> lab.dropRate(from, to, percent));
    }

    public static LabAction duplicateNext(String from, String to) {
        return done("duplicate next " + from + "->" + to, lab -> lab.duplicateNext(from, to));
    }

    public static LabAction holdNext(String from, String to) {
        return done("hold next " + from + "->" + to, lab -> lab.holdNext(from, to));
    }

    public static LabAction release(String from, String to) {
        return done("release " + from + "->" + to, lab -> lab.release(from, to));
    }

    public static LabAction delay(String from, String to, long latencyMs) {
        return done("delay " + from + "->" + to + " " + latencyMs + "ms", lab -> lab.delay(from, to, latencyMs));
    }

    // ----- both directions of a link -----

    public static LabAction killLink(String a, String b) {
        return done("kill link " + a + " " + b, lab -> lab.killLink(a, b));
    }

    public static LabAction healLink(String a, String b) {
        return done("heal link " + a + " " + b, lab -> lab.healLink(a, b));
    }

    public static LabAction closeLink(String a, String b) {
        return done("close link " + a + " " + b, lab -> lab.closeLink(a, b));
    }

    // ----- one packet in flight -----

    public static LabAction dropPacket(long id) {
        return done("drop packet " + id, lab -> lab.dropPacket(id));
    }

    public static LabAction holdPacket(long id) {
        return done("hold packet " + id, lab -> lab.holdPacket(id));
    }

    public static LabAction duplicatePacket(long id) {
        return done("duplicate packet " + id, lab -> lab.duplicatePacket(id));
    }

    public static LabAction deliverPacket(long id) {
        return done("deliver packet " + id, lab -> lab.deliverPacket(id));
    }

    private static LabAction done(String text, Consumer<Lab> effect) {
        return new LabAction(text, lab -> {
            effect.accept(lab);
            return "OK";
        });
    }

    /** An argument as the action language reads it back: bare when it can be, else double-quoted. */
    static String quoted(String arg) {
        if (PLAIN_WORD.matcher(arg).matches()) {
            return arg;
        }
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
