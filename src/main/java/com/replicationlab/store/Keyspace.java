package com.replicationlab.store;

import com.replicationlab.time.Clock;

import java.util.ArrayList;
import java.util.List;

/** The node's whole dataset: {@value #DATABASES} numbered databases sharing a clock and an expiry rule. */
public final class Keyspace {
    public static final int DATABASES = 16;

    private final Clock clock;
    private final List<Database> databases = new ArrayList<>(DATABASES);
    private ExpiryListener expiryListener = (db, key) -> { };
    private boolean deletesExpiredKeys = true;
    private boolean applyingMasterStream;
    private long expiredKeysTotal;

    public Keyspace(Clock clock) {
        this.clock = clock;
        for (int i = 0; i < DATABASES; i++) {
            databases.add(new Database(i, this));
        }
    }

    public Clock clock() {
        return clock;
    }

    public Database db(int index) {
        return databases.get(index);
    }

    public List<Database> databases() {
        return List.copyOf(databases);
    }

    /** A master deletes expired keys (and reports them); a replica only hides them. */
    public void setDeletesExpiredKeys(boolean deletes) {
        this.deletesExpiredKeys = deletes;
    }

    public boolean deletesExpiredKeys() {
        return deletesExpiredKeys;
    }

    /** While true (a replica applying its master's stream), expired keys stay visible. */
    public void setApplyingMasterStream(boolean applying) {
        this.applyingMasterStream = applying;
    }

    public boolean isApplyingMasterStream() {
        return applyingMasterStream;
    }

    public void setExpiryListener(ExpiryListener listener) {
        this.expiryListener = listener;
    }

    public long expiredKeysTotal() {
        return expiredKeysTotal;
    }

    public long totalKeys() {
        return databases.stream().mapToLong(Database::size).sum();
    }

    public void flushAll() {
        databases.forEach(Database::clear);
    }

    void keyExpired(int dbIndex, ByteKey key) {
        expiredKeysTotal++;
        expiryListener.keyExpired(dbIndex, key);
    }
}
