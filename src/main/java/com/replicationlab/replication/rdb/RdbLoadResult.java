package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;

import java.util.List;
import java.util.Map;

/**
 * What loading an RDB did, for the log and the lab's trace.
 *
 * @param rdbVersion      the format version from the header ({@code REDIS0010} is 10)
 * @param auxFields       AUX fields in file order (redis-ver, repl-id, repl-offset, ...), integers as decimal
 * @param keysLoadedPerDb keys loaded into each database that got any, by database index
 * @param skippedKeys     keys not loaded, each with the reason
 * @param warnings        everything worth a warning in the log, in order
 * @param checksum        what the 8 bytes after the EOF opcode said
 */
public record RdbLoadResult(
        int rdbVersion,
        Map<String, String> auxFields,
        Map<Integer, Long> keysLoadedPerDb,
        List<SkippedKey> skippedKeys,
        List<String> warnings,
        Checksum checksum) {

    /** A key the lab does not keep (a sorted set, or an empty container), and why. */
    public record SkippedKey(int db, ByteKey key, String reason) {
    }

    public enum Checksum {
        /** The stored CRC-64 matched. */
        VERIFIED,
        /** The writer stored 0, meaning it did not compute one; nothing was checked (as in Redis). */
        DISABLED_BY_WRITER,
        /** Versions before 5 have no checksum. */
        ABSENT_BEFORE_VERSION_5
    }

    public long keysLoaded() {
        return keysLoadedPerDb.values().stream().mapToLong(Long::longValue).sum();
    }
}
