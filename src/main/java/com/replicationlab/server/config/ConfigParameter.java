package com.replicationlab.server.config;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One named setting with its aliases, default and validation. Values are kept as their canonical
 * text (what CONFIG GET shows) and parsed once when set.
 */
public final class ConfigParameter {

    /** Turns text into the canonical text, or explains why it cannot. */
    @FunctionalInterface
    interface Parser {
        String canonical(String text) throws ConfigException;
    }

    /** Turns text into the canonical text given the value it replaces, or explains why it cannot. */
    @FunctionalInterface
    interface Merger {
        String canonical(String current, String text) throws ConfigException;
    }

    private final String name;
    private final List<String> aliases;
    private final Merger parser;
    private final String defaultValue;
    private String value;

    private ConfigParameter(String name, List<String> aliases, Parser parser, String defaultValue) {
        this(name, aliases, (current, text) -> parser.canonical(text), defaultValue);
    }

    private ConfigParameter(String name, List<String> aliases, Merger parser, String defaultValue) {
        this.name = name;
        this.aliases = aliases;
        this.parser = parser;
        this.defaultValue = defaultValue;
        this.value = defaultValue;
    }

    public static ConfigParameter integer(String name, long min, long max, long defaultValue, String... aliases) {
        return new ConfigParameter(name, List.of(aliases), text -> {
            long parsed;
            try {
                parsed = Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new ConfigException("argument couldn't be parsed into an integer");
            }
            if (parsed < min || parsed > max) {
                throw new ConfigException("argument must be between " + min + " and " + max + " inclusive");
            }
            return Long.toString(parsed);
        }, Long.toString(defaultValue));
    }

    /** A byte count that accepts Redis's units: 1k = 1000, 1kb = 1024, and so on for m and g. */
    public static ConfigParameter memory(String name, long min, long max, long defaultValue, String... aliases) {
        return new ConfigParameter(name, List.of(aliases), text -> {
            long parsed = MemoryUnits.parse(text);
            if (parsed < min || parsed > max) {
                throw new ConfigException("argument must be between " + min + " and " + max + " inclusive");
            }
            return Long.toString(parsed);
        }, Long.toString(defaultValue));
    }

    public static ConfigParameter bool(String name, boolean defaultValue, String... aliases) {
        return new ConfigParameter(name, List.of(aliases), text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.equals("yes") && !lower.equals("no")) {
                throw new ConfigException("argument must be 'yes' or 'no'");
            }
            return lower;
        }, defaultValue ? "yes" : "no");
    }

    public static ConfigParameter choice(String name, String defaultValue, List<String> choices, String... aliases) {
        return new ConfigParameter(name, List.of(aliases), text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!choices.contains(lower)) {
                throw new ConfigException("argument(s) must be one of the following: " + String.join(", ", choices));
            }
            return lower;
        }, defaultValue);
    }

    public static ConfigParameter text(String name, String defaultValue, Predicate<String> valid, String rule,
                                       String... aliases) {
        return new ConfigParameter(name, List.of(aliases), text -> {
            if (!valid.test(text)) {
                throw new ConfigException(rule);
            }
            return text;
        }, defaultValue);
    }

    /** client-output-buffer-limit: the classes a value names replace theirs, the others stay. */
    public static ConfigParameter outputBufferLimits(String name, String defaultValue) {
        return new ConfigParameter(name, List.of(), (Merger) OutputBufferLimits::canonical, defaultValue);
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return aliases;
    }

    public String value() {
        return value;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Checks {@code text} without applying it. */
    String validate(String text) throws ConfigException {
        return parser.canonical(value, text);
    }

    void apply(String canonical) {
        this.value = canonical;
    }
}
