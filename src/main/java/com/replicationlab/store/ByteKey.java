package com.replicationlab.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A binary-safe key (or set member, or hash field): Redis keys are byte strings, not Java strings.
 * Equality, hash and order are by content, so iteration over hashed collections is the same in
 * every run with the same inputs.
 */
public final class ByteKey implements Comparable<ByteKey> {
    private final byte[] bytes;
    private final int hash;

    private ByteKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** Wraps {@code bytes} without copying; the caller must not change them afterwards. */
    public static ByteKey of(byte[] bytes) {
        return new ByteKey(bytes);
    }

    public static ByteKey of(String text) {
        return new ByteKey(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The key's bytes; callers must not modify them. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteKey other && hash == other.hash && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(ByteKey other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
