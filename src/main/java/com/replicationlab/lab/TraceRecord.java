package com.replicationlab.lab;

import java.util.Locale;

/**
 * One event of the lab, immutable: when (virtual ms since start), what kind, which node, what
 * happened in words, and the packet it concerns (0 if none).
 */
public record TraceRecord(long index, long timeMs, TraceKind kind, String node, String text, long packetId) {

    /** The stable text form: the same run prints the same lines, byte for byte. */
    public String format() {
        return String.format(Locale.ROOT, "%10.3f  %-9s %-10s %s", timeMs / 1000.0, kind.name().toLowerCase(Locale.ROOT),
                node, text);
    }
}
