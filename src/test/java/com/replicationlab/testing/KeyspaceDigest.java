package com.replicationlab.testing;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;

/** A canonical text of a whole dataset, to compare two nodes' data. */
public final class KeyspaceDigest {
    private KeyspaceDigest() {
    }

    public static String of(Keyspace keyspace) {
        StringBuilder text = new StringBuilder();
        for (Database db : keyspace.databases()) {
            for (ByteKey key : db.keys()) {
                RedisObject value = db.peek(key);
                text.append(db.index()).append(' ').append(key).append('=').append(value.typeName()).append(':')
                        .append(render(value)).append(" ttl=").append(db.expiresAt(key)).append('\n');
            }
        }
        return text.toString();
    }

    private static String render(RedisObject value) {
        if (value instanceof RedisObject.StringValue s) {
            return s.toString();
        }
        if (value instanceof RedisObject.ListValue l) {
            return l.elements().stream().map(String::new).toList().toString();
        }
        if (value instanceof RedisObject.HashValue h) {
            return new java.util.TreeMap<>(h.fields()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + new String(e.getValue())).toList().toString();
        }
        return ((RedisObject.SetValue) value).members().stream().map(ByteKey::toString).sorted().toList().toString();
    }
}
