package com.replicationlab.lab;

import com.replicationlab.lab.snapshot.KeyView;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The keys one node's snapshots list, with each key's view kept from one snapshot to the next so
 * that only the keys whose values changed are rendered again. The window takes about sixty
 * snapshots a second; rendering the first 200 values of all nine nodes each time, almost all of them
 * unchanged, was over half of what the lab thread allocated (JFR, bench window, 8 replicas).
 *
 * <p>A view is reused only while the key holds the very same string object as when it was rendered:
 * a string's bytes are never changed in place (every write stores a new
 * {@link RedisObject.StringValue}), so the same object means the same text. Lists, hashes and sets
 * are changed in place by their commands, so they are rendered in every snapshot.
 */
final class KeyListing {
    /** Keys listed per node: enough for the inspector, bounded for big datasets. */
    static final int MAX_KEYS = 200;
    private static final int MAX_VALUE_TEXT = 80;

    /** A listed key: the value its view was rendered from, and in which snapshot it was last listed. */
    private static final class Shown {
        RedisObject value;
        KeyView view;
        long listedIn;
    }

    private final Map<ByteKey, Shown> shown = new HashMap<>();
    private long snapshots;

    /** The first {@link #MAX_KEYS} keys of the keyspace, database by database, as they are at {@code nowMs}. */
    List<KeyView> views(Keyspace keyspace, long nowMs) {
        snapshots++;
        List<KeyView> views = new ArrayList<>(MAX_KEYS);
        for (Database db : keyspace.databases()) {
            for (ByteKey key : db.firstKeys(MAX_KEYS - views.size())) {
                views.add(view(db, key, nowMs));
            }
        }
        if (shown.size() > views.size()) {
            // Keys no longer listed are let go, so what is kept stays within the listing's bound.
            shown.values().removeIf(s -> s.listedIn != snapshots);
        }
        return views;
    }

    private KeyView view(Database db, ByteKey key, long nowMs) {
        RedisObject value = db.peek(key);
        Long at = db.expiresAt(key);
        long ttlMs = at == null ? -1 : at - nowMs;
        Shown last = shown.computeIfAbsent(key, k -> new Shown());
        KeyView before = last.view;
        boolean sameText = before != null && before.db() == db.index() && last.value == value
                && value instanceof RedisObject.StringValue;
        // Fields are written only on a change: the kept entries outlive young collections, and each
        // reference stored into them marks a card for the collector to scan.
        if (!sameText) {
            last.value = value;
            last.view = new KeyView(db.index(), key.toString(), value == null ? "none" : value.typeName(), render(value), ttlMs);
        } else if (before.ttlMs() != ttlMs) {
            last.view = new KeyView(before.db(), before.key(), before.type(), before.value(), ttlMs);
        }
        last.listedIn = snapshots;
        return last.view;
    }

    private static String render(RedisObject value) {
        String text;
        if (value instanceof RedisObject.StringValue s) {
            text = "\"" + new String(s.bytes(), StandardCharsets.UTF_8) + "\"";
        } else if (value instanceof RedisObject.ListValue l) {
            text = l.elements().stream().map(b -> new String(b, StandardCharsets.UTF_8)).collect(Collectors.joining(", ", "[", "]"));
        } else if (value instanceof RedisObject.HashValue h) {
            text = h.fields().entrySet().stream().map(e -> e.getKey() + "=" + new String(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining(", ", "{", "}"));
        } else if (value instanceof RedisObject.SetValue s) {
            text = s.members().stream().map(ByteKey::toString).collect(Collectors.joining(", ", "{", "}"));
        } else {
            text = "";
        }
        return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 1) + "…";
    }
}
