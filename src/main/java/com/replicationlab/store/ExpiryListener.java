package com.replicationlab.store;

/** Told when a master deletes a key because its time ran out, so the deletion can be propagated. */
@FunctionalInterface
public interface ExpiryListener {
    void keyExpired(int dbIndex, ByteKey key);
}
