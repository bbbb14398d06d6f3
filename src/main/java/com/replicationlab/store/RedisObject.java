package com.replicationlab.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A value stored under a key. The four types the lab supports; containers are mutable and owned by
 * the keyspace (commands change them in place, as Redis does).
 */
public sealed interface RedisObject {

    /** The name TYPE replies with. */
    String typeName();

    /** A deep copy, for snapshots and RDB-independent comparisons. */
    RedisObject copy();

    record StringValue(byte[] bytes) implements RedisObject {
        public static StringValue of(String text) {
            return new StringValue(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public RedisObject copy() {
            return this; // byte contents are never changed in place
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StringValue other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A list; head is the left end (LPUSH side). */
    record ListValue(Deque<byte[]> elements) implements RedisObject {
        public ListValue() {
            this(new ArrayDeque<>());
        }

        @Override
        public String typeName() {
            return "list";
        }

        @Override
        public RedisObject copy() {
            return new ListValue(new ArrayDeque<>(elements));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListValue other && Arrays.deepEquals(elements.toArray(), other.elements.toArray());
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(elements.toArray());
        }
    }

    /** A hash of field to value, in insertion order. */
    record HashValue(Map<ByteKey, byte[]> fields) implements RedisObject {
        public HashValue() {
            this(new LinkedHashMap<>());
        }

        @Override
        public String typeName() {
            return "hash";
        }

        @Override
        public RedisObject copy() {
            return new HashValue(new LinkedHashMap<>(fields));
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof HashValue other) || other.fields.size() != fields.size()) {
                return false;
            }
            return fields.entrySet().stream()
                    .allMatch(e -> Arrays.equals(e.getValue(), other.fields.get(e.getKey())));
        }

        @Override
        public int hashCode() {
            return fields.keySet().hashCode();
        }
    }

    /** A set of members, in insertion order. */
    record SetValue(Set<ByteKey> members) implements RedisObject {
        public SetValue() {
            this(new LinkedHashSet<>());
        }

        @Override
        public String typeName() {
            return "set";
        }

        @Override
        public RedisObject copy() {
            return new SetValue(new LinkedHashSet<>(members));
        }
    }
}
