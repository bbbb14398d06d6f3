package com.replicationlab.server.config;

import com.replicationlab.command.Glob;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A node's settings, read and written by CONFIG GET/SET, the command line and the lab. Names and
 * defaults are Redis 7.0's, except where the lab needs more room (a backlog far below 16 KB, so
 * overflow can be watched) or adds its own setting (the ACK period).
 */
public final class NodeConfig {
    private final Map<String, ConfigParameter> parameters = new LinkedHashMap<>();
    private final Map<String, ConfigParameter> byAnyName = new LinkedHashMap<>();
    private final Map<String, List<Consumer<String>>> listeners = new LinkedHashMap<>();

    public NodeConfig() {
        ConfigCatalog.all().forEach(this::add);
    }

    private void add(ConfigParameter parameter) {
        parameters.put(parameter.name(), parameter);
        byAnyName.put(parameter.name(), parameter);
        parameter.aliases().forEach(alias -> byAnyName.put(alias, parameter));
    }

    /** The value of a parameter by name or alias, or null if there is no such parameter. */
    public String get(String name) {
        // The engine asks by the lower-case ConfigNames, on every request: try those as they are.
        ConfigParameter parameter = byAnyName.get(name);
        if (parameter == null) {
            parameter = byAnyName.get(name.toLowerCase(Locale.ROOT));
        }
        return parameter == null ? null : parameter.value();
    }

    public long getLong(String name) {
        return Long.parseLong(require(name).value());
    }

    public int getInt(String name) {
        return Math.toIntExact(getLong(name));
    }

    public boolean getBool(String name) {
        return require(name).value().equals("yes");
    }

    /** Every (name, value) whose name or alias matches the glob, names as matched (CONFIG GET). */
    public List<Map.Entry<String, String>> matching(String pattern) {
        List<Map.Entry<String, String>> result = new ArrayList<>();
        byAnyName.forEach((name, parameter) -> {
            if (Glob.matches(pattern, name, true)) {
                result.add(Map.entry(name, parameter.value()));
            }
        });
        return result;
    }

    /** Sets one parameter (CONFIG SET name value, or --config name=value). */
    public void set(String name, String value) throws ConfigException {
        setAll(Map.of(name, value));
    }

    /**
     * Sets several parameters at once: either all are valid and applied, or none is (as Redis 7's
     * multi-argument CONFIG SET).
     */
    public void setAll(Map<String, String> values) throws ConfigException {
        Map<ConfigParameter, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            ConfigParameter parameter = byAnyName.get(entry.getKey().toLowerCase(Locale.ROOT));
            if (parameter == null) {
                throw new ConfigException("Unknown option or number of arguments for CONFIG SET - '" + entry.getKey() + "'");
            }
            try {
                checked.put(parameter, parameter.validate(entry.getValue()));
            } catch (ConfigException e) {
                throw new ConfigException("CONFIG SET failed (possibly related to argument '" + entry.getKey() + "') - "
                        + e.getMessage());
            }
        }
        checked.forEach((parameter, canonical) -> {
            parameter.apply(canonical);
            listeners.getOrDefault(parameter.name(), List.of()).forEach(l -> l.accept(canonical));
        });
    }

    /** Calls {@code listener} with the new value whenever {@code name} is set. */
    public void onChange(String name, Consumer<String> listener) {
        listeners.computeIfAbsent(require(name).name(), k -> new ArrayList<>()).add(listener);
    }

    /**
     * Forgets every listener: the node that registered them is gone. A lab node that crashes and
     * restarts keeps its configuration for the next incarnation, which must not carry the dead
     * one along (nor let it react to settings).
     */
    public void clearListeners() {
        listeners.clear();
    }

    public Collection<ConfigParameter> parameters() {
        return List.copyOf(parameters.values());
    }

    private ConfigParameter require(String name) {
        ConfigParameter parameter = byAnyName.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("no such setting: " + name);
        }
        return parameter;
    }
}
