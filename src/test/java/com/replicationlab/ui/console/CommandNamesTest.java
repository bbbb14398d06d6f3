package com.replicationlab.ui.console;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Console: Tab completion")
class CommandNamesTest {

    @Test
    @DisplayName("completes exactly the commands a lab node knows (its COMMAND LIST)")
    void sameAsTheEngine() {
        Lab lab = Lab.create(ClusterSpec.defaults());
        RespValue.RespArray names = (RespValue.RespArray) lab.command("master", List.of("COMMAND", "LIST"));
        List<String> engine = names.items().stream().map(n -> ((RespValue.BulkString) n).asString()).sorted().toList();
        assertEquals(engine, CommandNames.COMMANDS.stream().sorted().toList());
    }

    @Test
    @DisplayName("in the case typed; lab verbs complete too when typed in lower case")
    void completing() {
        assertEquals(List.of("WAIT"), CommandNames.completing("WA"));
        assertEquals(List.of("wait"), CommandNames.completing("wa"));
        assertEquals(List.of("HDEL", "HEXISTS", "HGET", "HGETALL", "HKEYS", "HLEN", "HMGET", "HMSET", "HSET", "HVALS"),
                CommandNames.completing("H"));
        assertEquals(List.of("decr", "decrby", "del", "delay", "deliver"), CommandNames.completing("de"));
        assertEquals("de", CommandNames.commonPrefix(CommandNames.completing("de")));
    }
}
