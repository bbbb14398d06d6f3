package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the commands out of a backlog's bytes: each write start begins a command, which runs to the
 * next start. A command is RESP (an array of bulk strings); its label is its arguments in words,
 * each cut short when long, so a label fits on a ring or a line.
 */
public final class StreamCommands {
    /** Longest argument shown whole in a label. */
    private static final int ARG_CHARS = 24;
    /** Most arguments shown in a label. */
    private static final int MAX_ARGS = 6;
    /** Commands read per backlog: the newest, a bound for huge backlogs. */
    public static final int MAX_COMMANDS = 2_000;

    private StreamCommands() {
    }

    /** The commands the backlog holds, oldest first (at most {@link #MAX_COMMANDS}, the newest). */
    public static List<StreamCommand> of(BacklogView backlog) {
        return of(backlog, null, List.of());
    }

    /**
     * The same commands as {@link #of(BacklogView)}, reading again only those not read before:
     * a whole command that {@code earlierCommands} (read from {@code earlier}) already has, at the
     * same offsets and with the same bytes, is taken over as it is. Under writes the backlog changes
     * by a few commands between frames, and reading thousands of them again every frame was the
     * backlog panel's largest cost. The bytes are compared, not just the offsets: after a reset, a
     * new cluster or a new replication history the same offsets hold other commands.
     */
    public static List<StreamCommand> of(BacklogView backlog, BacklogView earlier, List<StreamCommand> earlierCommands) {
        if (backlog == null || backlog.histlen() == 0) {
            return new ArrayList<>();
        }
        long[] starts = backlog.writeStarts();
        int count = 0;
        while (count < starts.length && starts[count] <= backlog.masterOffset()) {
            count++;
        }
        int from = Math.max(0, count - MAX_COMMANDS);
        List<StreamCommand> commands = new ArrayList<>(count - from);
        int known = 0;
        for (int i = from; i < count; i++) {
            long first = starts[i];
            long last = i + 1 < count ? starts[i + 1] - 1 : backlog.masterOffset();
            if (last < backlog.firstByteOffset()) {
                continue;
            }
            if (first < backlog.firstByteOffset()) {
                commands.add(new StreamCommand(backlog.firstByteOffset(), last, "…", true));
                continue;
            }
            // Both lists run oldest first, so the earlier command at these offsets, if any, is ahead.
            while (known < earlierCommands.size() && earlierCommands.get(known).first() < first) {
                known++;
            }
            StreamCommand same = known < earlierCommands.size() ? earlierCommands.get(known) : null;
            if (same != null && same.first() == first && same.last() == last && !same.cut()
                    && backlog.sameBytes(earlier, first, last)) {
                commands.add(same);
            } else {
                commands.add(new StreamCommand(first, last, label(backlog.stream(), backlog.streamIndexOf(first),
                        backlog.streamIndexOf(last) + 1), false));
            }
        }
        return commands;
    }

    /** The stream bytes of offsets {@code first..last}, or null where the backlog no longer holds them all. */
    public static byte[] bytes(BacklogView backlog, long first, long last) {
        if (backlog == null || first < backlog.firstByteOffset() || last > backlog.masterOffset() || last < first) {
            return null;
        }
        return Arrays.copyOfRange(backlog.stream(), backlog.streamIndexOf(first), backlog.streamIndexOf(last) + 1);
    }

    /** The command in {@code bytes[from..to)} in words: "SET key value"; "?" and its size when it is not RESP. */
    public static String label(byte[] bytes, int from, int to) {
        List<String> args = new ArrayList<>();
        int[] at = {from};
        long count = number(bytes, at, to, '*');
        for (long i = 0; i < Math.min(count, MAX_ARGS); i++) {
            long length = number(bytes, at, to, '$');
            if (length < 0 || at[0] + length + 2 > to) {
                break;
            }
            args.add(shortened(bytes, at[0], (int) length));
            at[0] += (int) length + 2;
        }
        if (args.isEmpty()) {
            return "? · " + (to - from) + " B";
        }
        if (count > args.size()) {
            args.add("…");
        }
        return String.join(" ", args);
    }

    /** Reads "{prefix}digits\r\n" at {@code at[0]}; -1 when it is not there. */
    private static long number(byte[] bytes, int[] at, int to, char prefix) {
        if (at[0] >= to || bytes[at[0]] != prefix) {
            return -1;
        }
        long value = 0;
        int i = at[0] + 1;
        while (i < to && Character.isDigit(bytes[i]) && value < Integer.MAX_VALUE) {
            value = value * 10 + (bytes[i] - '0');
            i++;
        }
        if (i + 1 >= to || bytes[i] != '\r' || bytes[i + 1] != '\n') {
            return -1;
        }
        at[0] = i + 2;
        return value;
    }

    private static String shortened(byte[] bytes, int from, int length) {
        // A code point is at most 4 bytes: the first ARG_CHARS of a long value (a few hundred bytes
        // each, many commands a frame) are in its first 4 × ARG_CHARS bytes, and more bytes than
        // that are more characters than shown.
        int window = Math.min(length, 4 * ARG_CHARS);
        String start = new String(bytes, from, window, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(ARG_CHARS + 1);
        int shown = 0;
        for (int i = 0; i < start.length() && shown < ARG_CHARS; shown++) {
            int c = start.codePointAt(i);
            out.appendCodePoint(c < 0x20 || c == 0x7f ? '·' : c);
            i += Character.charCount(c);
        }
        boolean more = length > window || start.codePointCount(0, start.length()) > ARG_CHARS;
        return more ? out.append('…').toString() : out.toString();
    }
}
