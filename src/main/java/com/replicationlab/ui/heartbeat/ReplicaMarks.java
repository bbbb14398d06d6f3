package com.replicationlab.ui.heartbeat;

import com.replicationlab.ui.topology.Ink;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a replica is told apart wherever it is drawn (lag lines, backlog markers): a colour from the
 * theme's inks and a dash pattern, both fixed by its number, and a short name, so that it reads
 * without colour too.
 */
public final class ReplicaMarks {
    private static final Pattern NUMBERED = Pattern.compile("replica-(\\d+)");
    private static final List<Ink> INKS = List.of(Ink.PACKET_WRITE, Ink.PACKET_SYNC, Ink.PACKET_GETACK,
            Ink.PACKET_ACK, Ink.PACKET_RDB, Ink.PACKET_PING, Ink.PACKET_RESEND, Ink.MUTED);
    private static final List<double[]> DASHES = List.of(new double[0], new double[] {9, 5},
            new double[] {2, 4}, new double[] {10, 4, 2, 4}, new double[] {16, 6}, new double[] {4, 4},
            new double[] {10, 4, 2, 4, 2, 4}, new double[] {1, 3});

    private ReplicaMarks() {
    }

    /** 0 for replica-1, 1 for replica-2 …; other names get a fixed place from their text. */
    public static int index(String name) {
        Matcher numbered = NUMBERED.matcher(name);
        int n = numbered.matches() ? Integer.parseInt(numbered.group(1)) - 1 : name.hashCode();
        return Math.floorMod(n, INKS.size());
    }

    public static Ink ink(String name) {
        return INKS.get(index(name));
    }

    /** The line's dashes (scaled by {@code unit}); none for a solid line. */
    public static double[] dashes(String name, double unit) {
        double[] pattern = DASHES.get(index(name)).clone();
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] *= unit;
        }
        return pattern;
    }

    /** "r1" for replica-1; other names as they are. */
    public static String shortName(String name) {
        Matcher numbered = NUMBERED.matcher(name);
        return numbered.matches() ? "r" + numbered.group(1) : name;
    }
}
