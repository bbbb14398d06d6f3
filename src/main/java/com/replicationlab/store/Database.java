package com.replicationlab.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * One of the numbered databases: keys, their values and their expiry times.
 *
 * <p>Expiry follows Redis's replication rule. A master deletes a logically expired key when it is
 * touched (and in its active cycle) and tells its {@link ExpiryListener}, so a DEL is propagated.
 * A replica never deletes on its own: it hides expired keys from ordinary clients but lets the
 * master's stream see them, because the master's DEL is on its way.
 */
public final class Database {
    private final int index;
    private final Keyspace keyspace;
    private final Map<ByteKey, RedisObject> values = new HashMap<>();
    private final Map<ByteKey, Long> expiresAtMs = new HashMap<>();
    /** The last {@link #firstKeys} listing, kept until a key added or removed falls within it; null when none is kept. */
    private List<ByteKey> firstKeysListed;
    private int firstKeysMax;

    Database(int index, Keyspace keyspace) {
        this.index = index;
        this.keyspace = keyspace;
    }

    public int index() {
        return index;
    }

    /** The value under {@code key}, or null if absent or (logically) expired. */
    public RedisObject lookup(ByteKey key) {
        RedisObject value = values.get(key);
        if (value == null || !isExpired(key)) {
            return value;
        }
        if (keyspace.deletesExpiredKeys()) {
            removeExpired(key);
            return null;
        }
        return keyspace.isApplyingMasterStream() ? value : null;
    }

    /**
     * The stored value, expired or not, with no side effect (never deletes, never propagates):
     * for snapshots and RDB files, which show what is stored rather than what a client may read.
     */
    public RedisObject peek(ByteKey key) {
        return values.get(key);
    }

    /** Whether {@code key} exists for the current reader (same rules as {@link #lookup}). */
    public boolean contains(ByteKey key) {
        return lookup(key) != null;
    }

    /** Stores {@code value}, leaving any expiry time of the key as it was. */
    public void put(ByteKey key, RedisObject value) {
        if (values.put(key, value) == null) {
            keySetChanged(key);
        }
    }

    /** Stores {@code value} and clears any expiry time (the effect of a plain SET). */
    public void putClearingExpiry(ByteKey key, RedisObject value) {
        put(key, value);
        expiresAtMs.remove(key);
    }

    /** Removes the key; returns whether it existed (expired keys count as absent). */
    public boolean remove(ByteKey key) {
        boolean existed = lookup(key) != null;
        forget(key);
        return existed;
    }

    public void setExpiresAt(ByteKey key, long atMs) {
        if (values.containsKey(key)) {
            expiresAtMs.put(key, atMs);
        }
    }

    /** Returns whether the key had an expiry time. */
    public boolean clearExpiry(ByteKey key) {
        return expiresAtMs.remove(key) != null;
    }

    /** The absolute expiry time in ms, or null if the key does not expire. */
    public Long expiresAt(ByteKey key) {
        return expiresAtMs.get(key);
    }

    /** Number of stored keys, including expired ones not yet deleted (as DBSIZE counts). */
    public int size() {
        return values.size();
    }

    public int expiresCount() {
        return expiresAtMs.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public void clear() {
        values.clear();
        expiresAtMs.clear();
        firstKeysListed = null;
    }

    /** All stored keys, sorted, so listings are the same in every run. */
    public List<ByteKey> keys() {
        List<ByteKey> keys = new ArrayList<>(values.keySet());
        Collections.sort(keys);
        return keys;
    }

    /**
     * The first {@code max} keys in key order: what {@code keys()} begins with (unmodifiable). The
     * window's snapshots show a few hundred keys of each node sixty times a second, and sorting ten
     * thousand keys of nine nodes each time took the lab thread's whole core: so they are found
     * without sorting them all, and found again only when a key added or removed falls among them.
     */
    public List<ByteKey> firstKeys(int max) {
        if (firstKeysListed == null || max != firstKeysMax) {
            firstKeysListed = List.copyOf(smallestKeys(max));
            firstKeysMax = max;
        }
        return firstKeysListed;
    }

    /** Removes the key's value and expiry time, letting go of the kept listing if the key was in it. */
    private void forget(ByteKey key) {
        if (values.remove(key) != null) {
            keySetChanged(key);
        }
        expiresAtMs.remove(key);
    }

    /** {@code key} was added or removed: the kept listing is let go if the key is, or would be, in it. */
    private void keySetChanged(ByteKey key) {
        if (firstKeysListed != null && (firstKeysListed.size() < firstKeysMax
                || key.compareTo(firstKeysListed.get(firstKeysListed.size() - 1)) <= 0)) {
            firstKeysListed = null;
        }
    }

    private List<ByteKey> smallestKeys(int max) {
        if (max <= 0) {
            return List.of();
        }
        if (values.size() <= max) {
            return keys();
        }
        // The largest of the smallest keys so far sits on top, so each other key costs one comparison.
        PriorityQueue<ByteKey> smallest = new PriorityQueue<>(max + 1, Collections.reverseOrder());
        for (ByteKey key : values.keySet()) {
            if (smallest.size() < max) {
                smallest.add(key);
            } else if (key.compareTo(smallest.peek()) < 0) {
                smallest.poll();
                smallest.add(key);
            }
        }
        List<ByteKey> keys = new ArrayList<>(smallest);
        Collections.sort(keys);
        return keys;
    }

    /** Stored entries (expired ones included), for RDB snapshots and comparisons. Do not modify. */
    public Set<Map.Entry<ByteKey, RedisObject>> entries() {
        return Collections.unmodifiableMap(values).entrySet();
    }

    /**
     * The master's active expiry: deletes up to {@code limit} expired keys, in key order, and
     * reports each one. Returns how many were deleted.
     */
    public int deleteExpiredKeys(int limit) {
        if (expiresAtMs.isEmpty() || !keyspace.deletesExpiredKeys()) {
            return 0;
        }
        long now = keyspace.clock().nowMs();
        List<ByteKey> expired = expiresAtMs.entrySet().stream()
                .filter(e -> e.getValue() <= now)
                .map(Map.Entry::getKey)
                .sorted()
                .limit(limit)
                .toList();
        expired.forEach(this::removeExpired);
        return expired.size();
    }

    /** Whether the key has an expiry time that has passed (it may still be stored). */
    public boolean isExpired(ByteKey key) {
        Long at = expiresAtMs.get(key);
        return at != null && at <= keyspace.clock().nowMs();
    }

    private void removeExpired(ByteKey key) {
        forget(key);
        keyspace.keyExpired(index, key);
    }
}
