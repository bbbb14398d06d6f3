package com.replicationlab.replication.rdb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** Builds hand-made RDB payloads for tests, byte by byte, in the order they appear in the file. */
final class RdbBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static RdbBytes version(int version) {
        return new RdbBytes().ascii(String.format("REDIS%04d", version));
    }

    /** Bytes written as hex, spaces allowed: {@code hex("fe 00")}. */
    RdbBytes hex(String hex) {
        return raw(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    RdbBytes raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    RdbBytes ascii(String text) {
        return raw(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A length in the RDB encoding (6-bit, 14-bit or 32-bit). */
    RdbBytes length(long length) {
        if (length < 64) {
            out.write((int) length);
        } else if (length < 16384) {
            out.write(0x40 | (int) (length >>> 8));
            out.write((int) length);
        } else {
            out.write(0x80);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write((int) (length >>> shift));
            }
        }
        return this;
    }

    /** A plain (not integer-encoded, not compressed) string. */
    RdbBytes string(String text) {
        return blob(text.getBytes(StandardCharsets.UTF_8));
    }

    RdbBytes blob(byte[] bytes) {
        return length(bytes.length).raw(bytes);
    }

    /** {@code bytes} LZF-compressed: C3, compressed length, length, data. */
    RdbBytes lzf(byte[] bytes) {
        byte[] compressed = new byte[bytes.length + 64];
        int n = new Lzf().compress(bytes, 0, bytes.length, compressed, 0, compressed.length);
        out.write(0xC3);
        return length(n).length(bytes.length).raw(Arrays.copyOf(compressed, n));
    }

    /** A string key of {@code type}, e.g. {@code key(0, "foo")} before a string value. */
    RdbBytes key(int type, String key) {
        out.write(type);
        return string(key);
    }

    /** EOF opcode and the correct CRC-64. */
    byte[] eof() {
        out.write(0xFF);
        byte[] body = out.toByteArray();
        return littleEndian(Crc64.of(body));
    }

    /** EOF opcode and 8 zero bytes ("checksum disabled"). */
    byte[] eofWithoutChecksum() {
        out.write(0xFF);
        return littleEndian(0);
    }

    /** EOF opcode alone, as versions before 5 end. */
    byte[] eofOnly() {
        out.write(0xFF);
        return out.toByteArray();
    }

    private byte[] littleEndian(long value) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return out.toByteArray();
    }
}
