package com.replicationlab.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What Tab completes: the names of the commands a lab node knows (its command table, as COMMAND
 * LIST gives it) and the verbs of the lab's action language.
 */
final class CommandNames {
    static final List<String> COMMANDS = List.of("append", "auth", "client", "command", "config", "dbsize", "decr",
            "decrby", "del", "discard", "echo", "exec", "exists", "expire", "expireat", "flushall", "flushdb", "get",
            "getdel", "getex", "getrange", "getset", "hdel", "hexists", "hget", "hgetall", "hkeys", "hlen", "hmget",
            "hmset", "hset", "hvals", "incr", "incrby", "incrbyfloat", "info", "keys", "lindex", "llen", "lpop",
            "lpush", "lrange", "mget", "mset", "msetnx", "multi", "persist", "pexpire", "pexpireat", "ping",
            "psetex", "psync", "pttl", "quit", "rename", "renamenx", "replconf", "replicaof", "role", "rpop", "rpush",
            "sadd", "scard", "select", "set", "setex", "setnx", "setrange", "sismember", "slaveof", "smembers", "srem",
            "strlen", "sync", "time", "ttl", "type", "unlink", "wait");

    private CommandNames() {
    }

    /**
     * The words that complete {@code prefix} as a first word: commands (in the case typed: upper case
     * unless the prefix is lower case) and action verbs, sorted.
     */
    static List<String> completing(String prefix) {
        boolean lower = !prefix.isEmpty() && prefix.equals(prefix.toLowerCase(Locale.ROOT));
        String wanted = prefix.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Stream.concat(COMMANDS.stream().map(c -> lower ? c : c.toUpperCase(Locale.ROOT)),
                        ConsoleLines.VERBS.stream().filter(v -> lower || prefix.isEmpty()))
                .filter(word -> word.toLowerCase(Locale.ROOT).startsWith(wanted))
                .distinct().sorted().forEach(out::add);
        return out;
    }

    /** The longest start all {@code words} share. */
    static String commonPrefix(List<String> words) {
        String common = words.get(0);
        for (String word : words) {
            int i = 0;
            while (i < common.length() && i < word.length() && common.charAt(i) == word.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        return common;
    }
}
