package com.replicationlab.ui;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.Wording;
import com.replicationlab.script.Session;
import com.replicationlab.ui.i18n.I18n;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lab's events in the window's language: a trace record (an event log line) or the event the
 * next step will run (the status bar). The lab says each in English and, beside it, as a wording
 * — a message key and its arguments — which is worded here from the message bundles ("event.*").
 * Packet numbers, node names, commands and keys are arguments: data, the same in every language.
 * A text without a wording is data too (a command as typed, a node's own log line, as Redis
 * writes it) and is shown as it is. What came of an action is worded here too ("outcome.*"),
 * whether the event log, the status bar or the console says it.
 */
public final class EventWords {
    /** The names the engine gives its timers, each with its words ("event.timer.*"). */
    private static final Map<String, String> TIMERS = Map.of(
            "timer", "timer",
            "cron", "cron",
            "heartbeat", "heartbeat",
            "GETACK", "getack",
            "WAIT timeout", "waitTimeout",
            "diskless sync delay", "disklessSyncDelay");
    private static final Map<TraceKind, String> KIND_KEYS = kindKeys();
    /** The notes of an action's outcome: their second argument is the outcome's detail, worded as one ("outcome.*"). */
    private static final Set<String> OUTCOME_NOTES = Set.of("expectPassed", "expectFailed", "actionFailed");
    /** The outcomes of a step: their wording holds the event that ran, worded as an event ("event.*"). */
    private static final Set<String> STEPS = Set.of("stepped", "ranEvents");

    private EventWords() {
    }

    private static Map<TraceKind, String> kindKeys() {
        Map<TraceKind, String> keys = new EnumMap<>(TraceKind.class);
        for (TraceKind kind : TraceKind.values()) {
            keys.put(kind, "event.kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /** An event log line: the record's time, kind, node and words, in the columns of TraceRecord.format. */
    public static String line(TraceRecord record, I18n i18n) {
        return record.line(i18n.get(KIND_KEYS.get(record.kind())), source(record.node(), i18n),
                words(record.wording(), record.text(), i18n));
    }

    /** Who a record is from: a node's name, as it is, or the script (a scenario's or the console's expectations). */
    private static String source(String node, I18n i18n) {
        return node.equals(Session.SOURCE) ? i18n.get("eventLog.source.script") : node;
    }

    /** {@code english} in the window's language where it has a wording, else as it is. */
    public static String words(Wording wording, String english, I18n i18n) {
        if (wording == null) {
            return english;
        }
        Object[] args = OUTCOME_NOTES.contains(wording.key()) ? outcomeArguments(wording, i18n)
                : PacketLabels.arguments(wording, i18n);
        switch (wording.key()) {
            case "timerDue" -> args[1] = timer((String) args[1], i18n);
            case "timerFired" -> args[0] = timer((String) args[0], i18n);
            default -> { }
        }
        return i18n.get("event." + wording.key(), args);
    }

    /**
     * What came of an action (a check's values, a reply, why it was refused) in the window's
     * language where it has a wording, else as it is: the status bar, the console and the event
     * log's expectations say it alike.
     */
    public static String outcome(Wording wording, String english, I18n i18n) {
        return wording == null ? english : i18n.get("outcome." + wording.key(), outcomeArguments(wording, i18n));
    }

    /**
     * A wording's arguments, with those that are parts of an outcome ("replica-1.offset is 248") in
     * words, or the event a step ran.
     */
    private static Object[] outcomeArguments(Wording wording, I18n i18n) {
        Object[] args = wording.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Wording part) {
                args[i] = STEPS.contains(wording.key()) ? words(part, null, i18n) : outcome(part, null, i18n);
            }
        }
        return args;
    }

    private static String timer(String name, I18n i18n) {
        String key = TIMERS.get(name);
        return key == null ? name : i18n.get("event.timer." + key);
    }
}
