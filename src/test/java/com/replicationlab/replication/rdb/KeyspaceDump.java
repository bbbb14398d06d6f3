package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A keyspace as text, one key a line, for exact comparisons with readable diffs. Sets and hashes
 * are listed in sorted order, since encodings do not keep insertion order.
 */
final class KeyspaceDump {
    private KeyspaceDump() {
    }

    static String of(Keyspace keyspace) {
        StringBuilder text = new StringBuilder();
        for (Database db : keyspace.databases()) {
            for (Map.Entry<ByteKey, RedisObject> entry : new TreeMap<>(toMap(db)).entrySet()) {
                text.append("db").append(db.index()).append(' ').append(quote(entry.getKey().bytes()))
                        .append(' ').append(describe(entry.getValue()));
                Long expiresAt = db.expiresAt(entry.getKey());
                if (expiresAt != null) {
                    text.append(" expires-at-ms=").append(expiresAt);
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static Map<ByteKey, RedisObject> toMap(Database db) {
        return db.entries().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String describe(RedisObject value) {
        if (value instanceof StringValue s) {
            return "string " + quote(s.bytes());
        }
        if (value instanceof ListValue l) {
            return "list " + l.elements().stream().map(KeyspaceDump::quote).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof SetValue s) {
            List<String> members = s.members().stream().sorted().map(m -> quote(m.bytes())).toList();
            return "set " + String.join(",", members);
        }
        HashValue h = (HashValue) value;
        return "hash " + new TreeMap<>(h.fields()).entrySet().stream()
                .map(e -> quote(e.getKey().bytes()) + "=" + quote(e.getValue()))
                .collect(Collectors.joining(","));
    }

    /** Printable ASCII as is, anything else as \xNN; long runs of one byte shortened to "c*N". */
    private static String quote(byte[] bytes) {
        StringBuilder text = new StringBuilder("\"");
        int i = 0;
        while (i < bytes.length) {
            int run = 1;
            while (i + run < bytes.length && bytes[i + run] == bytes[i]) {
                run++;
            }
            int b = bytes[i] & 0xff;
            String one = b >= 0x20 && b < 0x7f && b != '"' && b != '\\' ? String.valueOf((char) b)
                    : String.format("\\x%02x", b);
            if (run >= 8) {
                text.append('{').append(one).append('*').append(run).append('}');
                i += run;
            } else {
                text.append(one);
                i++;
            }
        }
        return text.append('"').toString();
    }
}
