package com.replicationlab.server.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The value of {@code client-output-buffer-limit}: for each client class a hard limit, a soft limit
 * and how many seconds a client may stay over the soft one. Redis 7.0 reads "class hard soft
 * seconds" groups, accepts memory units, and a CONFIG SET naming some classes keeps the others.
 */
public final class OutputBufferLimits {

    /** The limits of one class; 0 turns a limit off. */
    public record Limit(long hardBytes, long softBytes, long softSeconds) {
        public static final Limit NONE = new Limit(0, 0, 0);
    }

    /** The classes in the order CONFIG GET shows them, with Redis's names. */
    public enum ClientClass {
        NORMAL("normal"), REPLICA("slave"), PUBSUB("pubsub");

        private final String configName;

        ClientClass(String configName) {
            this.configName = configName;
        }

        static ClientClass byName(String name) throws ConfigException {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "normal" -> NORMAL;
                case "slave", "replica" -> REPLICA;
                case "pubsub" -> PUBSUB;
                default -> throw new ConfigException("Invalid client class specified in buffer limit configuration.");
            };
        }
    }

    private final Map<ClientClass, Limit> limits;

    private OutputBufferLimits(Map<ClientClass, Limit> limits) {
        this.limits = limits;
    }

    /** Reads a canonical value (as CONFIG GET shows it). */
    public static OutputBufferLimits parse(String canonical) {
        try {
            return merge(new LinkedHashMap<>(), canonical);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("not a canonical client-output-buffer-limit: " + canonical, e);
        }
    }

    /** The canonical text of {@code current} with the groups in {@code text} replacing their classes. */
    static String canonical(String current, String text) throws ConfigException {
        return merge(new LinkedHashMap<>(parse(current).limits), text).toString();
    }

    public Limit of(ClientClass clientClass) {
        return limits.getOrDefault(clientClass, Limit.NONE);
    }

    private static OutputBufferLimits merge(Map<ClientClass, Limit> limits, String text) throws ConfigException {
        String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
        if (words.length % 4 != 0) {
            throw new ConfigException("Wrong number of arguments in buffer limit configuration.");
        }
        Map<ClientClass, Limit> parsed = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i += 4) {
            parsed.put(ClientClass.byName(words[i]), limit(words[i + 1], words[i + 2], words[i + 3]));
        }
        limits.putAll(parsed);
        return new OutputBufferLimits(limits);
    }

    private static Limit limit(String hard, String soft, String seconds) throws ConfigException {
        try {
            Limit limit = new Limit(MemoryUnits.parse(hard), MemoryUnits.parse(soft), Long.parseLong(seconds));
            if (limit.hardBytes() >= 0 && limit.softBytes() >= 0 && limit.softSeconds() >= 0) {
                return limit;
            }
        } catch (ConfigException | NumberFormatException e) {
            // reported below with Redis's one message for all three numbers
        }
        throw new ConfigException("Error in hard, soft or soft_seconds setting in buffer limit configuration.");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ClientClass clientClass : ClientClass.values()) {
            Limit limit = of(clientClass);
            text.append(text.isEmpty() ? "" : " ").append(clientClass.configName).append(' ').append(limit.hardBytes())
                    .append(' ').append(limit.softBytes()).append(' ').append(limit.softSeconds());
        }
        return text.toString();
    }
}
