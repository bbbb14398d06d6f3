package com.replicationlab.replication.rdb;

import com.replicationlab.replication.rdb.RdbLoadResult.Checksum;
import com.replicationlab.replication.rdb.RdbLoadResult.SkippedKey;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads an RDB payload (versions 1 to 10, as Redis 7.0.15 accepts) into a {@link Keyspace}.
 *
 * <p>It adds to the keyspace as it is: a replica flushes it first, as Redis does before loading
 * ("Flushing old data"). A key the keyspace already holds is an error, as a duplicated key is in
 * Redis. Keys whose expiry time has passed are loaded as they are: on a replica the master's DEL is
 * on its way. On failure the keyspace is left part-loaded, to be flushed.
 *
 * <p>Strings, lists, sets and hashes load in every encoding; sorted sets are skipped with a warning;
 * streams and module values are an error. Warnings are returned in the result for the caller to log
 * or trace; the reader itself writes nothing anywhere.
 */
public final class RdbReader {
    /** The newest format Redis 7.0.15 reads. */
    public static final int MAX_VERSION = 10;
    private static final int FIRST_VERSION_WITH_CHECKSUM = 5;
    private static final byte[] MAGIC = "REDIS".getBytes(StandardCharsets.US_ASCII);
    private static final long NO_EXPIRY = Long.MIN_VALUE;

    private final RdbInput in;
    private final RdbValueReader values;
    private final Keyspace keyspace;
    private final Map<String, String> auxFields = new LinkedHashMap<>();
    private final Map<Integer, Long> keysLoadedPerDb = new TreeMap<>();
    private final List<SkippedKey> skippedKeys = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private RdbReader(byte[] rdb, Keyspace keyspace) {
        this.in = new RdbInput(rdb);
        this.values = new RdbValueReader(in);
        this.keyspace = keyspace;
    }

    /**
     * Loads the whole of {@code rdb} (from "REDIS" to the checksum, nothing after it) into
     * {@code keyspace}.
     *
     * @throws RdbFormatException if the payload is corrupt, truncated, of another version, or holds
     *                            a stream or module value
     */
    public static RdbLoadResult load(byte[] rdb, Keyspace keyspace) {
        return new RdbReader(rdb, keyspace).load();
    }

    private RdbLoadResult load() {
        int version = readHeader();
        int db = 0;
        long expiresAtMs = NO_EXPIRY;
        while (true) {
            int at = in.position();
            int type = in.u8();
            switch (type) {
                case RdbOpcode.EOF -> {
                    Checksum checksum = readChecksum(version, at);
                    return new RdbLoadResult(version, Collections.unmodifiableMap(auxFields),
                            Collections.unmodifiableMap(keysLoadedPerDb), List.copyOf(skippedKeys),
                            List.copyOf(warnings), checksum);
                }
                case RdbOpcode.SELECTDB -> db = readDbIndex();
                case RdbOpcode.RESIZEDB -> {
                    in.readLength(); // sizing hints only
                    in.readLength();
                }
                case RdbOpcode.EXPIRETIME_MS -> expiresAtMs = in.readMillisecondTime();
                case RdbOpcode.EXPIRETIME -> expiresAtMs = in.intLE(4) * 1000L;
                case RdbOpcode.IDLE -> in.readLength(); // eviction hints the lab has no use for
                case RdbOpcode.FREQ -> in.u8();
                case RdbOpcode.AUX -> readAuxField();
                case RdbOpcode.FUNCTION2 -> {
                    in.readString();
                    warn("skipped a function library at byte offset " + at + ": the lab has no functions");
                }
                case RdbOpcode.FUNCTION_PRE_GA ->
                        throw in.errorAt(at, "Pre-release function format not supported");
                case RdbOpcode.MODULE_AUX ->
                        throw in.errorAt(at, "module auxiliary data (opcode 0xF7) is not supported");
                default -> {
                    loadKey(type, at, db, expiresAtMs);
                    expiresAtMs = NO_EXPIRY;
                }
            }
        }
    }

    private int readHeader() {
        byte[] header = in.bytes(MAGIC.length + 4);
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                throw in.errorAt(0, "Wrong signature trying to load DB from file");
            }
        }
        int version = leadingDigits(header, MAGIC.length);
        if (version < 1 || version > MAX_VERSION) {
            throw in.errorAt(MAGIC.length, "Can't handle RDB format version " + version);
        }
        return version;
    }

    /** The version is read like C's atoi: the digits up to the first non-digit. */
    private static int leadingDigits(byte[] text, int from) {
        int value = 0;
        for (int i = from; i < text.length && text[i] >= '0' && text[i] <= '9'; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    private int readDbIndex() {
        int at = in.position();
        long db = in.readLength();
        if (db >= Keyspace.DATABASES) {
            throw in.errorAt(at, "DB index " + db + " is out of range: the lab has " + Keyspace.DATABASES
                    + " databases");
        }
        return (int) db;
    }

    private void readAuxField() {
        String name = new String(in.readString(), StandardCharsets.UTF_8);
        auxFields.put(name, new String(in.readString(), StandardCharsets.UTF_8));
    }

    private void loadKey(int type, int typeAt, int db, long expiresAtMs) {
        if (!RdbType.isKnown(type)) {
            throw in.errorAt(typeAt, "Unknown RDB encoding type " + type);
        }
        ByteKey key = ByteKey.of(in.readString());
        if (RdbType.isUnsupported(type)) {
            throw in.errorAt(typeAt, "unsupported RDB type " + type + " (" + RdbType.name(type) + ") for key '"
                    + key + "'");
        }
        if (RdbType.isSortedSet(type)) {
            values.skipSortedSet(type);
            skip(db, key, "sorted sets are not supported (RDB type " + type + ", " + RdbType.name(type) + ")");
            return;
        }
        int valueAt = in.position();
        RedisObject value = values.read(type, key);
        if (value == null) {
            skip(db, key, "empty " + RdbType.name(type) + " value");
            return;
        }
        Database database = keyspace.db(db);
        int sizeBefore = database.size();
        database.put(key, value);
        if (database.size() == sizeBefore) {
            throw in.errorAt(valueAt, "RDB has duplicated key '" + key + "' in DB " + db);
        }
        if (expiresAtMs != NO_EXPIRY) {
            database.setExpiresAt(key, expiresAtMs);
        }
        keysLoadedPerDb.merge(db, 1L, Long::sum);
    }

    private Checksum readChecksum(int version, int eofAt) {
        Checksum checksum = Checksum.ABSENT_BEFORE_VERSION_5;
        if (version >= FIRST_VERSION_WITH_CHECKSUM) {
            long stored = in.intLE(8);
            if (stored == 0) {
                warn("RDB file was saved with checksum disabled: no check performed.");
                checksum = Checksum.DISABLED_BY_WRITER;
            } else {
                long computed = Crc64.update(0, in.array(), 0, eofAt + 1);
                if (computed != stored) {
                    throw in.errorAt(eofAt + 1, "Wrong RDB checksum expected: (" + Long.toHexString(computed)
                            + ") but got (" + Long.toHexString(stored) + ")");
                }
                checksum = Checksum.VERIFIED;
            }
        }
        if (!in.atEnd()) {
            throw in.error(in.remaining() + " bytes follow the end of the RDB");
        }
        return checksum;
    }

    private void skip(int db, ByteKey key, String reason) {
        skippedKeys.add(new SkippedKey(db, key, reason));
        warn("skipped key '" + key + "' in DB " + db + ": " + reason);
    }

    private void warn(String warning) {
        warnings.add(warning);
    }
}
