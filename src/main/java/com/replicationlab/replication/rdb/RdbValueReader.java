package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;

import java.util.List;

/**
 * Reads one value, after its type byte and key: strings, lists, sets and hashes in every encoding a
 * Redis up to 7.2 writes, into the lab's objects. Sorted sets can only be skipped.
 */
final class RdbValueReader {
    private static final int QUICKLIST_PLAIN_NODE = 1;
    private static final int QUICKLIST_PACKED_NODE = 2;

    private final RdbInput in;

    RdbValueReader(RdbInput in) {
        this.in = in;
    }

    /** The value of {@code key}, or null if it is an empty container (which Redis skips too). */
    RedisObject read(int type, ByteKey key) {
        int at = in.position();
        return switch (type) {
            case RdbType.STRING -> new StringValue(in.readString());
            case RdbType.LIST -> readPlainList();
            case RdbType.SET -> readPlainSet(key, at);
            case RdbType.HASH -> readPlainHash(key, at);
            case RdbType.LIST_ZIPLIST -> list(Ziplist.entries(encoded("ziplist", key)));
            case RdbType.LIST_QUICKLIST -> readQuicklist(key, false);
            case RdbType.LIST_QUICKLIST_2 -> readQuicklist(key, true);
            case RdbType.SET_INTSET -> set(Intset.members(encoded("intset", key)), key, at);
            case RdbType.SET_LISTPACK -> set(Listpack.entries(encoded("listpack", key)), key, at);
            case RdbType.HASH_ZIPMAP -> hash(Zipmap.entries(encoded("zipmap", key)), key, at);
            case RdbType.HASH_ZIPLIST -> hash(Ziplist.entries(encoded("ziplist", key)), key, at);
            case RdbType.HASH_LISTPACK -> hash(Listpack.entries(encoded("listpack", key)), key, at);
            default -> throw new IllegalArgumentException("RDB type " + type + " is not one the lab keeps");
        };
    }

    /** Reads past a sorted set of any encoding, checking only that it is well formed enough to skip. */
    void skipSortedSet(int type) {
        switch (type) {
            case RdbType.ZSET -> {
                long count = in.readLength();
                for (long i = 0; i < count; i++) {
                    in.readString();
                    skipTextDouble();
                }
            }
            case RdbType.ZSET_2 -> {
                long count = in.readLength();
                for (long i = 0; i < count; i++) {
                    in.readString();
                    in.skip(Double.BYTES);
                }
            }
            case RdbType.ZSET_ZIPLIST, RdbType.ZSET_LISTPACK -> in.readString();
            default -> throw new IllegalArgumentException("RDB type " + type + " is not a sorted set");
        }
    }

    /** A score written as text: a length byte (253 NaN, 254 +inf, 255 -inf carry no text). */
    private void skipTextDouble() {
        int length = in.u8();
        if (length < 253) {
            in.skip(length);
        }
    }

    private RedisObject readPlainList() {
        long count = in.readLength();
        ListValue list = new ListValue();
        for (long i = 0; i < count; i++) {
            list.elements().addLast(in.readString());
        }
        return nonEmpty(list, count);
    }

    private RedisObject readPlainSet(ByteKey key, int at) {
        long count = in.readLength();
        SetValue set = new SetValue();
        for (long i = 0; i < count; i++) {
            addMember(set, in.readString(), key, at);
        }
        return nonEmpty(set, count);
    }

    private RedisObject readPlainHash(ByteKey key, int at) {
        long count = in.readLength();
        HashValue hash = new HashValue();
        for (long i = 0; i < count; i++) {
            byte[] field = in.readString();
            putField(hash, field, in.readString(), key, at);
        }
        return nonEmpty(hash, count);
    }

    /** Quicklist nodes are ziplists (type 14) or, in 7.0 (type 18), plain elements or listpacks. */
    private RedisObject readQuicklist(ByteKey key, boolean version2) {
        long nodes = in.readLength();
        ListValue list = new ListValue();
        for (long i = 0; i < nodes; i++) {
            int container = QUICKLIST_PACKED_NODE;
            if (version2) {
                int at = in.position();
                long read = in.readLength();
                if (read != QUICKLIST_PLAIN_NODE && read != QUICKLIST_PACKED_NODE) {
                    throw in.errorAt(at, "Quicklist integrity check failed: node container " + read
                            + " of key '" + key + "' is neither plain (1) nor packed (2)");
                }
                container = (int) read;
            }
            if (container == QUICKLIST_PLAIN_NODE) {
                list.elements().addLast(in.readString());
            } else if (version2) {
                list.elements().addAll(Listpack.entries(encoded("listpack node", key)));
            } else {
                list.elements().addAll(Ziplist.entries(encoded("ziplist node", key)));
            }
        }
        return nonEmpty(list, list.elements().size());
    }

    /** A compact encoding is stored as one string; its bytes are then decoded on their own. */
    private ByteCursor encoded(String encoding, ByteKey key) {
        int at = in.position();
        return new ByteCursor(in.readString(), "the " + encoding + " of key '" + key + "'", at);
    }

    private static RedisObject list(List<byte[]> elements) {
        ListValue list = new ListValue();
        list.elements().addAll(elements);
        return nonEmpty(list, elements.size());
    }

    private RedisObject set(List<byte[]> members, ByteKey key, int at) {
        SetValue set = new SetValue();
        for (byte[] member : members) {
            addMember(set, member, key, at);
        }
        return nonEmpty(set, members.size());
    }

    private RedisObject hash(List<byte[]> fieldsAndValues, ByteKey key, int at) {
        if (fieldsAndValues.size() % 2 != 0) {
            throw in.errorAt(at, "hash '" + key + "' has a field without a value (" + fieldsAndValues.size()
                    + " entries)");
        }
        HashValue hash = new HashValue();
        for (int i = 0; i < fieldsAndValues.size(); i += 2) {
            putField(hash, fieldsAndValues.get(i), fieldsAndValues.get(i + 1), key, at);
        }
        return nonEmpty(hash, fieldsAndValues.size());
    }

    private void addMember(SetValue set, byte[] member, ByteKey key, int at) {
        ByteKey m = ByteKey.of(member);
        if (!set.members().add(m)) {
            throw in.errorAt(at, "Duplicate set members detected: '" + m + "' in key '" + key + "'");
        }
    }

    private void putField(HashValue hash, byte[] field, byte[] value, ByteKey key, int at) {
        ByteKey f = ByteKey.of(field);
        if (hash.fields().put(f, value) != null) {
            throw in.errorAt(at, "Duplicate hash fields detected: '" + f + "' in key '" + key + "'");
        }
    }

    private static RedisObject nonEmpty(RedisObject value, long count) {
        return count == 0 ? null : value;
    }
}
