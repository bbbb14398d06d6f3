package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;
import redis.clients.jedis.Jedis;

import java.nio.charset.StandardCharsets;

/** What a live redis-server holds, read through commands into a lab keyspace for comparison. */
final class RedisContents {
    private RedisContents() {
    }

    /** Every string, list, set and hash of every database, with expiry times; other types left out. */
    static Keyspace read(Jedis jedis) {
        Keyspace keyspace = Values.replicaKeyspace();
        for (Database db : keyspace.databases()) {
            jedis.select(db.index());
            for (byte[] key : jedis.keys("*".getBytes(StandardCharsets.US_ASCII))) {
                ByteKey k = ByteKey.of(key);
                switch (jedis.type(key)) {
                    case "string" -> db.put(k, new StringValue(jedis.get(key)));
                    case "list" -> {
                        ListValue list = new ListValue();
                        list.elements().addAll(jedis.lrange(key, 0, -1));
                        db.put(k, list);
                    }
                    case "set" -> {
                        SetValue set = new SetValue();
                        jedis.smembers(key).forEach(member -> set.members().add(ByteKey.of(member)));
                        db.put(k, set);
                    }
                    case "hash" -> {
                        HashValue hash = new HashValue();
                        jedis.hgetAll(key).forEach((field, value) -> hash.fields().put(ByteKey.of(field), value));
                        db.put(k, hash);
                    }
                    default -> {
                        continue;
                    }
                }
                long expiresAtMs = jedis.pexpireTime(key);
                if (expiresAtMs >= 0) {
                    db.setExpiresAt(k, expiresAtMs);
                }
            }
        }
        jedis.select(0);
        return keyspace;
    }
}
