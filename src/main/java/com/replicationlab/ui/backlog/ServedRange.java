package com.replicationlab.ui.backlog;

import com.replicationlab.lab.TraceRecord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of the stream a master served from its backlog, read from its log line in the trace:
 * a re-send of lost bytes ("re-sending A..B from backlog") or a partial resync ("Partial
 * resynchronization request from R accepted. Sending N bytes of backlog starting from offset O").
 *
 * @param first the first offset served
 * @param last the last offset served (first - 1 when nothing was missing)
 */
public record ServedRange(Kind kind, String master, String replica, long first, long last, long atMs) {

    public enum Kind { RESEND, PSYNC }

    private static final Pattern RESEND = Pattern.compile(
            "^Replica (\\S+) acked \\d+, master at \\d+: re-sending (\\d+)\\.\\.(\\d+) from backlog");
    private static final Pattern PSYNC = Pattern.compile(
            "^Partial resynchronization request from (\\S+) accepted\\. Sending (\\d+) bytes of backlog "
                    + "starting from offset (\\d+)\\.");

    public long size() {
        return last - first + 1;
    }

    /** The range a NODE record of the trace tells of, if it tells of one. */
    public static Optional<ServedRange> of(TraceRecord record) {
        Matcher resend = RESEND.matcher(record.text());
        if (resend.find()) {
            return Optional.of(new ServedRange(Kind.RESEND, record.node(), resend.group(1),
                    Long.parseLong(resend.group(2)), Long.parseLong(resend.group(3)), record.timeMs()));
        }
        Matcher psync = PSYNC.matcher(record.text());
        if (psync.find()) {
            long first = Long.parseLong(psync.group(3));
            return Optional.of(new ServedRange(Kind.PSYNC, record.node(), psync.group(1), first,
                    first + Long.parseLong(psync.group(2)) - 1, record.timeMs()));
        }
        return Optional.empty();
    }
}
