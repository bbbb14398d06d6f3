package com.replicationlab.ui.session;

import com.replicationlab.script.NodeCommand;

import java.util.List;

/**
 * Every operation the window offers, each as a line of the lab's action language (the words of
 * DESIGN.md).
 */
public final class LabActions {
    private LabActions() {
    }

    // ----- nodes -----

    /** {@code master> SET key value}: a command on a node, as redis-cli on that machine would send it. */
    public static LabAction command(String node, List<String> args) {
        return new LabAction(new NodeCommand(node, args).text());
    }

    /** {@code config master min-replicas-to-write 2}. */
    public static LabAction config(String node, String setting, String value) {
        return new LabAction("config " + node + " " + setting + " " + value);
    }

    public static LabAction crash(String node) {
        return new LabAction("crash " + node);
    }

    public static LabAction restart(String node) {
        return new LabAction("restart " + node);
    }

    public static LabAction promote(String node) {
        return new LabAction("promote " + node);
    }

    // ----- one direction of a link -----

    public static LabAction dropNext(String from, String to) {
        return new LabAction("drop next " + from + "->" + to);
    }

    public static LabAction dropRate(String from, String to, int percent) {
        return new LabAction("drop rate " + percent + "% " + from + "->" + to);
    }

    public static LabAction duplicateNext(String from, String to) {
        return new LabAction("duplicate next " + from + "->" + to);
    }

    public static LabAction holdNext(String from, String to) {
        return new LabAction("hold next " + from + "->" + to);
    }

    public static LabAction release(String from, String to) {
        return new LabAction("release " + from + "->" + to);
    }

    public static LabAction delay(String from, String to, long latencyMs) {
        return new LabAction("delay " + from + "->" + to + " " + latencyMs + "ms");
    }

    // ----- both directions of a link -----

    public static LabAction killLink(String a, String b) {
        return new LabAction("kill link " + a + " " + b);
    }

    public static LabAction healLink(String a, String b) {
        return new LabAction("heal link " + a + " " + b);
    }

    public static LabAction closeLink(String a, String b) {
        return new LabAction("close link " + a + " " + b);
    }

    // ----- one packet in flight -----

    public static LabAction dropPacket(long id) {
        return new LabAction("drop packet " + id);
    }

    public static LabAction holdPacket(long id) {
        return new LabAction("hold packet " + id);
    }

    public static LabAction duplicatePacket(long id) {
        return new LabAction("duplicate packet " + id);
    }

    public static LabAction deliverPacket(long id) {
        return new LabAction("deliver packet " + id);
    }
}
