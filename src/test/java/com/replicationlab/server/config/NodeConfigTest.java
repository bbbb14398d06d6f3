package com.replicationlab.server.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Node configuration (CONFIG GET/SET)")
class NodeConfigTest {
    private final NodeConfig config = new NodeConfig();

    @Test
    @DisplayName("defaults are Redis 7.0's")
    void defaults() {
        assertEquals("1048576", config.get("repl-backlog-size"));
        assertEquals("10", config.get("repl-ping-replica-period"));
        assertEquals("60", config.get("repl-timeout"));
        assertEquals("0", config.get("min-replicas-to-write"));
        assertEquals("10", config.get("min-replicas-max-lag"));
        assertEquals("1000", config.get("repl-ack-period-ms"));
    }

    @Test
    @DisplayName("the old min-slaves-* names are aliases; a pattern lists the names it matched")
    void aliases() throws ConfigException {
        config.set("min-slaves-to-write", "2");
        assertEquals("2", config.get("min-replicas-to-write"));
        assertEquals(List.of(Map.entry("min-slaves-to-write", "2"), Map.entry("min-slaves-max-lag", "10")),
                config.matching("min-slaves-*"));
    }

    @Test
    @DisplayName("memory values accept units and are shown in bytes")
    void memoryUnits() throws ConfigException {
        config.set("repl-backlog-size", "1kb");
        assertEquals("1024", config.get("repl-backlog-size"));
        config.set("repl-backlog-size", "200");
        assertEquals("200", config.get("repl-backlog-size"), "the lab allows backlogs below Redis's 16 KB");
    }

    @Test
    @DisplayName("bad values get Redis's messages and change nothing")
    void badValues() {
        ConfigException notInt = assertThrows(ConfigException.class, () -> config.set("repl-timeout", "abc"));
        assertEquals("CONFIG SET failed (possibly related to argument 'repl-timeout') - argument couldn't be parsed "
                + "into an integer", notInt.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> config.set("repl-timeout", "0"));
        assertTrue(range.getMessage().endsWith("argument must be between 1 and 2147483647 inclusive"));
        ConfigException bool = assertThrows(ConfigException.class, () -> config.set("replica-read-only", "maybe"));
        assertTrue(bool.getMessage().endsWith("argument must be 'yes' or 'no'"));
        ConfigException unknown = assertThrows(ConfigException.class, () -> config.set("foo", "1"));
        assertEquals("Unknown option or number of arguments for CONFIG SET - 'foo'", unknown.getMessage());
        assertEquals("60", config.get("repl-timeout"));
    }

    @Test
    @DisplayName("a multi-parameter SET applies all or nothing, and tells listeners")
    void atomicSet() throws ConfigException {
        List<String> seen = new ArrayList<>();
        config.onChange("repl-timeout", seen::add);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("repl-timeout", "5");
        values.put("min-replicas-max-lag", "-1");
        assertThrows(ConfigException.class, () -> config.setAll(values));
        assertEquals("60", config.get("repl-timeout"));
        assertEquals(List.of(), seen);
        config.set("repl-timeout", "5");
        assertEquals(List.of("5"), seen);
    }
}
