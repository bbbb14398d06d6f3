package com.replicationlab.lab.snapshot;

/** One key of a node, for the inspector: database, name, type, a short rendering of its value, TTL. */
public record KeyView(int db, String key, String type, String value, long ttlMs) {
}
