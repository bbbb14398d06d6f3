package com.replicationlab.replication.rdb;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("CRC-64 (Redis, Jones polynomial)")
class Crc64Test {

    @Test
    @DisplayName("check value: crc64(\"123456789\") = 0xe9c6d914c4b8d9ca")
    void checkValue() {
        assertEquals(0xe9c6d914c4b8d9caL, Crc64.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @DisplayName("the CRC of nothing is the initial value 0")
    void emptyInput() {
        assertEquals(0L, Crc64.of(new byte[0]));
    }

    @Test
    @DisplayName("the stored checksum of the observed 7.0.15 payload matches (0x274f386b122a21c0)")
    void observedPayload() throws Exception {
        byte[] rdb = Samples.observed("rdb_disk.bin");
        assertEquals(0x274f386b122a21c0L, Crc64.update(0, rdb, 0, rdb.length - 8));
    }

    @Test
    @DisplayName("the eight-bytes-at-a-time path equals the textbook bit-by-bit CRC, for every length and offset")
    void matchesBitwiseDefinition() {
        byte[] data = new byte[300];
        new Random(7).nextBytes(data);
        for (int off = 0; off < 9; off++) {
            for (int len = 0; off + len <= data.length; len += 13) {
                assertEquals(bitwise(data, off, len), Crc64.update(0, data, off, len), "off " + off + " len " + len);
            }
        }
    }

    @Test
    @DisplayName("updating piece by piece gives the same CRC as one pass")
    void incremental() {
        byte[] data = new byte[10_000];
        Random random = new Random(11);
        random.nextBytes(data);
        long crc = 0;
        int at = 0;
        while (at < data.length) {
            int len = Math.min(random.nextInt(40), data.length - at);
            crc = Crc64.update(crc, data, at, len);
            at += len;
        }
        assertEquals(Crc64.of(data), crc);
    }

    /** Reflected CRC-64/Jones, one bit at a time, straight from the definition. */
    private static long bitwise(byte[] data, int off, int len) {
        long crc = 0;
        for (int i = off; i < off + len; i++) {
            crc ^= data[i] & 0xff;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x95AC9329AC4BC9B5L : crc >>> 1;
            }
        }
        return crc;
    }
}
