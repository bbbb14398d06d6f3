package com.replicationlab.script;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.LabException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code cluster replicas=2 latency=50ms seed=42 backlog=1mb recovery=resend}, every option optional. */
final class ClusterParser {
    private static final List<String> OPTIONS = List.of("replicas", "latency", "seed", "backlog", "recovery");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,13})(b|k|kb|m|mb|g|gb)?", Pattern.CASE_INSENSITIVE);
    /** Redis memory units: k is 1000, kb is 1024 (and so on for m and g). */
    private static final Map<String, Long> UNITS = Map.of("", 1L, "b", 1L, "k", 1000L, "kb", 1024L,
            "m", 1000L * 1000, "mb", 1024L * 1024, "g", 1000L * 1000 * 1000, "gb", 1024L * 1024 * 1024);
    private static final long MAX_BACKLOG_BYTES = 1024L * 1024 * 1024;

    private final LineCursor cursor;
    private int replicas;
    private long latencyMs;
    private long seed;
    private long backlogBytes;
    private String recovery;

    ClusterParser(LineCursor cursor) {
        this.cursor = cursor;
        ClusterSpec defaults = ClusterSpec.defaults();
        replicas = defaults.replicas();
        latencyMs = defaults.latencyMs();
        seed = defaults.seed();
        backlogBytes = defaults.backlogBytes();
        recovery = defaults.lossRecovery();
    }

    Cluster parse(Token verb) throws ScriptException {
        List<String> written = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        while (!cursor.atEnd()) {
            Token word = cursor.word();
            int equals = word.text().indexOf('=');
            if (equals <= 0) {
                throw cursor.error(word, "expected NAME=VALUE, one of " + String.join(", ", OPTIONS)
                        + " (e.g. replicas=2), not '" + word.text() + "'");
            }
            String name = word.text().substring(0, equals);
            Token value = new Token(word.text().substring(equals + 1), word.column() + equals + 1);
            if (!OPTIONS.contains(name)) {
                throw cursor.error(word, "unknown cluster option '" + name + "'" + Suggestions.hint(name, OPTIONS));
            }
            if (seen.contains(name)) {
                throw cursor.error(word, "'" + name + "' is given twice");
            }
            seen.add(name);
            set(name, value);
            written.add(word.text());
        }
        try {
            return new Cluster(new ClusterSpec(replicas, latencyMs, seed, backlogBytes, recovery), written);
        } catch (LabException e) {
            throw cursor.error(verb, e.getMessage());
        }
    }

    private void set(String name, Token value) throws ScriptException {
        String text = value.text();
        switch (name) {
            case "replicas" -> {
                if (!text.matches("\\d{1,2}") || Integer.parseInt(text) > ClusterSpec.MAX_REPLICAS) {
                    throw cursor.error(value, "replicas must be a number from 0 to " + ClusterSpec.MAX_REPLICAS
                            + ", not '" + text + "'");
                }
                replicas = Integer.parseInt(text);
            }
            case "latency" -> latencyMs = Literals.span(value, cursor).ms();
            case "seed" -> {
                if (!text.matches("-?\\d{1,18}")) {
                    throw cursor.error(value, "a seed is a whole number, not '" + text + "'");
                }
                seed = Long.parseLong(text);
            }
            case "backlog" -> backlogBytes = backlogBytes(value);
            default -> recovery = Literals.recoveryMode(value, cursor);
        }
    }

    private long backlogBytes(Token value) throws ScriptException {
        Matcher m = SIZE.matcher(value.text());
        if (!m.matches()) {
            throw cursor.error(value, "'" + value.text() + "' is not a size (write e.g. 1mb, 16kb or 20000)");
        }
        long unit = UNITS.get(m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT));
        long number = Long.parseLong(m.group(1));
        if (number < 1 || number > MAX_BACKLOG_BYTES / unit) {
            throw cursor.error(value, "a backlog is from 1 byte to 1gb, not '" + value.text() + "'");
        }
        return number * unit;
    }
}
