package com.replicationlab.store.commands;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandFlag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The data command table")
class DataCommandsTableTest {
    /**
     * name, arity, flags, first key, last key, step: as COMMAND INFO reports them on redis-server
     * 7.0.15 (flags limited to those the engine knows).
     */
    private static final List<String> REDIS_7_0_15 = List.of(
            "get 2 readonly,fast 1 1 1", "set -3 write,denyoom 1 1 1", "setnx 3 write,denyoom,fast 1 1 1",
            "setex 4 write,denyoom 1 1 1", "psetex 4 write,denyoom 1 1 1", "mget -2 readonly,fast 1 -1 1",
            "mset -3 write,denyoom 1 -1 2", "msetnx -3 write,denyoom 1 -1 2", "incr 2 write,denyoom,fast 1 1 1",
            "decr 2 write,denyoom,fast 1 1 1", "incrby 3 write,denyoom,fast 1 1 1",
            "decrby 3 write,denyoom,fast 1 1 1", "incrbyfloat 3 write,denyoom,fast 1 1 1",
            "append 3 write,denyoom,fast 1 1 1", "strlen 2 readonly,fast 1 1 1", "getdel 2 write,fast 1 1 1",
            "getset 3 write,denyoom,fast 1 1 1", "getex -2 write,fast 1 1 1", "getrange 4 readonly 1 1 1",
            "setrange 4 write,denyoom 1 1 1",
            "del -2 write 1 -1 1", "unlink -2 write,fast 1 -1 1", "exists -2 readonly,fast 1 -1 1",
            "type 2 readonly,fast 1 1 1", "keys 2 readonly 0 0 0", "dbsize 1 readonly,fast 0 0 0",
            "flushdb -1 write 0 0 0", "flushall -1 write 0 0 0", "expire -3 write,fast 1 1 1",
            "pexpire -3 write,fast 1 1 1", "expireat -3 write,fast 1 1 1", "pexpireat -3 write,fast 1 1 1",
            "ttl 2 readonly,fast 1 1 1", "pttl 2 readonly,fast 1 1 1", "persist 2 write,fast 1 1 1",
            "rename 3 write 1 2 1", "renamenx 3 write,fast 1 2 1",
            "lpush -3 write,denyoom,fast 1 1 1", "rpush -3 write,denyoom,fast 1 1 1", "lpop -2 write,fast 1 1 1",
            "rpop -2 write,fast 1 1 1", "lrange 4 readonly 1 1 1", "llen 2 readonly,fast 1 1 1",
            "lindex 3 readonly 1 1 1",
            "hset -4 write,denyoom,fast 1 1 1", "hmset -4 write,denyoom,fast 1 1 1", "hget 3 readonly,fast 1 1 1",
            "hmget -3 readonly,fast 1 1 1", "hdel -3 write,fast 1 1 1", "hgetall 2 readonly 1 1 1",
            "hlen 2 readonly,fast 1 1 1", "hexists 3 readonly,fast 1 1 1", "hkeys 2 readonly 1 1 1",
            "hvals 2 readonly 1 1 1",
            "sadd -3 write,denyoom,fast 1 1 1", "srem -3 write,fast 1 1 1", "smembers 2 readonly 1 1 1",
            "scard 2 readonly,fast 1 1 1", "sismember 3 readonly,fast 1 1 1");

    @Test
    @DisplayName("lists every command once, with Redis 7.0.15's arity, flags and key positions")
    void matchesRedis() {
        List<String> ours = DataCommands.all().stream().map(DataCommandsTableTest::describe).toList();
        assertEquals(REDIS_7_0_15, ours);
    }

    @Test
    @DisplayName("names are lower case, unique, and every command is either a write or a read")
    void namesAndKinds() {
        List<Command> commands = DataCommands.all();
        Set<String> names = commands.stream().map(Command::name).collect(Collectors.toSet());
        assertEquals(commands.size(), names.size());
        for (Command command : commands) {
            assertEquals(command.name().toLowerCase(Locale.ROOT), command.name());
            assertTrue(command.is(CommandFlag.WRITE) != command.is(CommandFlag.READONLY), command.name());
        }
    }

    private static String describe(Command command) {
        String flags = List.of(CommandFlag.values()).stream()
                .filter(command::is)
                .map(CommandFlag::wireName)
                .collect(Collectors.joining(","));
        return String.join(" ", command.name(), String.valueOf(command.arity()), flags,
                String.valueOf(command.keys().firstKey()), String.valueOf(command.keys().lastKey()),
                String.valueOf(command.keys().step()));
    }
}
