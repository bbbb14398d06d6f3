package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Keyspace} as the RDB version 10 snapshot a Redis 7.0.15 master sends in a full
 * resync: header, AUX fields in Redis's order, each non-empty database (SELECTDB, RESIZEDB, then
 * its keys in key order), EOF and the CRC-64.
 *
 * <p>Strings use Redis's encodings (integer, LZF, raw). Lists, sets and hashes use the plain types
 * 1, 2 and 4, which every Redis loads; it then picks its own compact encodings. Expired keys not yet
 * deleted are written with their expiry time, as Redis does. Not thread-safe: one writer per thread.
 */
public final class RdbWriter {
    public static final String REDIS_VERSION = "7.0.15";
    public static final int RDB_VERSION = 10;

    private static final byte[] HEADER = "REDIS0010".getBytes(StandardCharsets.US_ASCII);
    private static final int REDIS_BITS = 64;
    /** Bytes a small key with a small value takes, to size the buffer once for most snapshots. */
    private static final int TYPICAL_ENTRY_BYTES = 24;

    private final RdbWriteOptions options;

    public RdbWriter(RdbWriteOptions options) {
        this.options = options;
    }

    /** The snapshot of every stored key of {@code keyspace}, from "REDIS0010" to the checksum. */
    public byte[] write(Keyspace keyspace, RdbAux aux) {
        long keys = keyspace.totalKeys();
        RdbOutput out = new RdbOutput(options.compression(),
                (int) Math.min(1L << 30, 256 + keys * TYPICAL_ENTRY_BYTES));
        out.writeBytes(HEADER);
        writeAuxFields(out, aux);
        for (Database db : keyspace.databases()) {
            if (!db.isEmpty()) {
                writeDatabase(out, db);
            }
        }
        out.writeByte(RdbOpcode.EOF);
        long crc = options.checksum() ? Crc64.update(0, out.array(), 0, out.size()) : 0;
        out.writeLittleEndian(crc, 8);
        return out.toByteArray();
    }

    /** The order of rdbSaveInfoAuxFields in 7.0.15. */
    private static void writeAuxFields(RdbOutput out, RdbAux aux) {
        writeAux(out, "redis-ver", REDIS_VERSION);
        writeAux(out, "redis-bits", REDIS_BITS);
        writeAux(out, "ctime", aux.ctimeSeconds());
        writeAux(out, "used-mem", aux.usedMemoryBytes());
        if (aux.hasReplicationInfo()) {
            writeAux(out, "repl-stream-db", aux.replStreamDb());
            writeAux(out, "repl-id", aux.replId());
            writeAux(out, "repl-offset", aux.replOffset());
        }
        writeAux(out, "aof-base", 0);
    }

    private static void writeAux(RdbOutput out, String name, long value) {
        writeAux(out, name, Long.toString(value));
    }

    private static void writeAux(RdbOutput out, String name, String value) {
        out.writeByte(RdbOpcode.AUX);
        out.writeString(name.getBytes(StandardCharsets.UTF_8));
        out.writeString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeDatabase(RdbOutput out, Database db) {
        out.writeByte(RdbOpcode.SELECTDB);
        out.writeLength(db.index());
        out.writeByte(RdbOpcode.RESIZEDB);
        out.writeLength(db.size());
        out.writeLength(db.expiresCount());
        List<Map.Entry<ByteKey, RedisObject>> entries = new ArrayList<>(db.entries());
        entries.sort(Map.Entry.comparingByKey());
        boolean anyExpiry = db.expiresCount() > 0;
        for (Map.Entry<ByteKey, RedisObject> entry : entries) {
            Long expiresAtMs = anyExpiry ? db.expiresAt(entry.getKey()) : null;
            if (expiresAtMs != null) {
                out.writeByte(RdbOpcode.EXPIRETIME_MS);
                out.writeLittleEndian(expiresAtMs, 8);
            }
            writeKeyValue(out, entry.getKey(), entry.getValue());
        }
    }

    private static void writeKeyValue(RdbOutput out, ByteKey key, RedisObject value) {
        if (value instanceof StringValue string) {
            writeTypeAndKey(out, RdbType.STRING, key);
            out.writeString(string.bytes());
        } else if (value instanceof ListValue list) {
            writeTypeAndKey(out, RdbType.LIST, key);
            out.writeLength(list.elements().size());
            list.elements().forEach(out::writeString);
        } else if (value instanceof SetValue set) {
            writeTypeAndKey(out, RdbType.SET, key);
            out.writeLength(set.members().size());
            set.members().forEach(member -> out.writeString(member.bytes()));
        } else if (value instanceof HashValue hash) {
            writeTypeAndKey(out, RdbType.HASH, key);
            out.writeLength(hash.fields().size());
            hash.fields().forEach((field, fieldValue) -> {
                out.writeString(field.bytes());
                out.writeString(fieldValue);
            });
        } else {
            throw new IllegalArgumentException("no RDB form for " + value.typeName());
        }
    }

    private static void writeTypeAndKey(RdbOutput out, int type, ByteKey key) {
        out.writeByte(type);
        out.writeString(key.bytes());
    }
}
