package com.replicationlab.replication.rdb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-side encoders for the compact encodings, written from the format descriptions, so the
 * decoders can be fed every entry form (and checked against a real redis-server in the interop
 * tests). An entry is a String (stored as a string) or a Long (stored in the smallest integer form).
 */
final class CompactEncodings {
    private CompactEncodings() {
    }

    static byte[] ziplist(Object... entries) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int previousSize = 0;
        int tail = 10;
        for (Object entry : entries) {
            tail = 10 + body.size();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            if (previousSize < 254) {
                e.write(previousSize);
            } else {
                e.write(0xFE);
                writeLittleEndian(e, previousSize, 4);
            }
            if (entry instanceof Long value) {
                writeZiplistInteger(e, value);
            } else {
                byte[] s = utf8(entry);
                if (s.length < 64) {
                    e.write(s.length);
                } else if (s.length < 16384) {
                    e.write(0x40 | (s.length >>> 8));
                    e.write(s.length);
                } else {
                    e.write(0x80);
                    writeBigEndian(e, s.length, 4);
                }
                e.writeBytes(s);
            }
            previousSize = e.size();
            body.writeBytes(e.toByteArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLittleEndian(out, 10 + body.size() + 1, 4);
        writeLittleEndian(out, tail, 4);
        writeLittleEndian(out, Math.min(entries.length, 0xFFFF), 2);
        out.writeBytes(body.toByteArray());
        out.write(0xFF);
        return out.toByteArray();
    }

    static byte[] listpack(Object... entries) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object entry : entries) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            if (entry instanceof Long value) {
                writeListpackInteger(e, value);
            } else {
                byte[] s = utf8(entry);
                if (s.length < 64) {
                    e.write(0x80 | s.length);
                } else if (s.length < 4096) {
                    e.write(0xE0 | (s.length >>> 8));
                    e.write(s.length);
                } else {
                    e.write(0xF0);
                    writeLittleEndian(e, s.length, 4);
                }
                e.writeBytes(s);
            }
            body.writeBytes(e.toByteArray());
            body.writeBytes(backlen(e.size()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLittleEndian(out, 6 + body.size() + 1, 4);
        writeLittleEndian(out, Math.min(entries.length, 0xFFFF), 2);
        out.writeBytes(body.toByteArray());
        out.write(0xFF);
        return out.toByteArray();
    }

    static byte[] intset(int width, long... sortedValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLittleEndian(out, width, 4);
        writeLittleEndian(out, sortedValues.length, 4);
        for (long value : sortedValues) {
            writeLittleEndian(out, value, width);
        }
        return out.toByteArray();
    }

    /** Alternating fields and values; each value gets {@code free} unused bytes after it. */
    static byte[] zipmap(int free, String... fieldsAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Math.min(fieldsAndValues.length / 2, 254));
        for (int i = 0; i < fieldsAndValues.length; i++) {
            byte[] s = utf8(fieldsAndValues[i]);
            if (s.length < 254) {
                out.write(s.length);
            } else {
                out.write(0xFE);
                writeLittleEndian(out, s.length, 4);
            }
            boolean isValue = i % 2 == 1;
            if (isValue) {
                out.write(free);
            }
            out.writeBytes(s);
            if (isValue) {
                out.writeBytes(new byte[free]);
            }
        }
        out.write(0xFF);
        return out.toByteArray();
    }

    /** Each value as a decimal Long where it is one, so the encoders pick integer forms. */
    static Object[] asEntries(String... values) {
        List<Object> entries = new ArrayList<>();
        for (String value : values) {
            entries.add(value.matches("-?(0|[1-9][0-9]{0,18})") ? (Object) Long.parseLong(value) : value);
        }
        return entries.toArray();
    }

    private static void writeZiplistInteger(ByteArrayOutputStream e, long v) {
        if (v >= 0 && v <= 12) {
            e.write(0xF1 + (int) v);
        } else if (v == (byte) v) {
            e.write(0xFE);
            writeLittleEndian(e, v, 1);
        } else if (v == (short) v) {
            e.write(0xC0);
            writeLittleEndian(e, v, 2);
        } else if (v >= -(1 << 23) && v < (1 << 23)) {
            e.write(0xF0);
            writeLittleEndian(e, v, 3);
        } else if (v == (int) v) {
            e.write(0xD0);
            writeLittleEndian(e, v, 4);
        } else {
            e.write(0xE0);
            writeLittleEndian(e, v, 8);
        }
    }

    private static void writeListpackInteger(ByteArrayOutputStream e, long v) {
        if (v >= 0 && v <= 127) {
            e.write((int) v);
        } else if (v >= -4096 && v <= 4095) {
            e.write(0xC0 | (int) ((v >> 8) & 0x1f));
            e.write((int) v);
        } else if (v == (short) v) {
            e.write(0xF1);
            writeLittleEndian(e, v, 2);
        } else if (v >= -(1 << 23) && v < (1 << 23)) {
            e.write(0xF2);
            writeLittleEndian(e, v, 3);
        } else if (v == (int) v) {
            e.write(0xF3);
            writeLittleEndian(e, v, 4);
        } else {
            e.write(0xF4);
            writeLittleEndian(e, v, 8);
        }
    }

    /**
     * An entry's own size, 7 bits a byte, most significant first, high bit set on all but the first;
     * the byte count follows lpEncodeBacklen's thresholds (16383 already takes 3 bytes).
     */
    private static byte[] backlen(int size) {
        int count = size <= 127 ? 1 : size < 16383 ? 2 : size < 2097151 ? 3 : size < 268435455 ? 4 : 5;
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            int group = (size >>> (7 * (count - 1 - i))) & 127;
            out[i] = (byte) (i == 0 ? group : group | 128);
        }
        return out;
    }

    private static byte[] utf8(Object entry) {
        return ((String) entry).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value, int width) {
        for (int i = 0; i < width; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)));
        }
    }
}
