package com.replicationlab.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("Database.firstKeys: the start of the sorted key listing, without sorting it all")
class DatabaseFirstKeysTest {
    private final Database db = new Keyspace(() -> 0L).db(0);

    private void put(String key) {
        db.put(ByteKey.of(key), RedisObject.StringValue.of("v"));
    }

    @Test
    @DisplayName("is exactly what the full listing begins with, for any count, among thousands of keys in random order")
    void sameAsTheFullListingsStart() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            put("user:" + random.nextInt(1_000_000));
        }
        List<ByteKey> all = db.keys();
        for (int max : List.of(1, 2, 199, 200, 4_999)) {
            assertEquals(all.subList(0, Math.min(max, all.size())), db.firstKeys(max), "max " + max);
        }
        assertEquals(all, db.firstKeys(1_000_000));
    }

    @Test
    @DisplayName("orders by bytes as the full listing does (\"a\" < \"ab\" < \"b\"), and asking for none gives none")
    void byteOrderAndNone() {
        List.of("b", "ab", "a", "abc", "B").forEach(this::put);
        assertEquals(List.of(ByteKey.of("B"), ByteKey.of("a"), ByteKey.of("ab")), db.firstKeys(3));
        assertEquals(List.of(), db.firstKeys(0));
    }

    @Test
    @DisplayName("follows keys added, removed, expired and flushed; a new value, or a key after the listing's end, keeps the listing as it was")
    void followsTheKeySet() {
        List.of("k2", "k4", "k6").forEach(this::put);
        List<ByteKey> listed = db.firstKeys(2);
        put("k4");
        assertSame(listed, db.firstKeys(2), "a new value: no new listing");
        put("k9");
        assertSame(listed, db.firstKeys(2), "a key after the listing's last: no new listing");
        put("k1");
        assertEquals(List.of(ByteKey.of("k1"), ByteKey.of("k2")), db.firstKeys(2));
        db.remove(ByteKey.of("k1"));
        assertEquals(List.of(ByteKey.of("k2"), ByteKey.of("k4")), db.firstKeys(2));
        db.setExpiresAt(ByteKey.of("k2"), 0);
        assertEquals(1, db.deleteExpiredKeys(10));
        assertEquals(List.of(ByteKey.of("k4"), ByteKey.of("k6")), db.firstKeys(2));
        db.remove(ByteKey.of("k4"));
        db.remove(ByteKey.of("k6"));
        assertEquals(List.of(ByteKey.of("k9")), db.firstKeys(2));
        put("k99");
        assertEquals(List.of(ByteKey.of("k9"), ByteKey.of("k99")), db.firstKeys(2), "a listing short of max takes any new key");
        db.clear();
        assertEquals(List.of(), db.firstKeys(2));
    }
}
