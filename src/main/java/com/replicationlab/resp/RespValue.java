package com.replicationlab.resp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One RESP2 value, as it travels on the wire. The five kinds are the whole protocol:
 * simple strings, errors, integers, bulk strings (binary-safe, may be nil) and arrays (may be nil).
 */
public sealed interface RespValue {

    SimpleString OK = new SimpleString("OK");
    SimpleString PONG = new SimpleString("PONG");
    SimpleString QUEUED = new SimpleString("QUEUED");
    BulkString NIL = new BulkString(null);
    RespArray NIL_ARRAY = new RespArray(null);
    RespArray EMPTY_ARRAY = new RespArray(List.of());

    static BulkString bulk(byte[] bytes) {
        return new BulkString(bytes);
    }

    static BulkString bulk(String text) {
        return new BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    static RespInteger integer(long value) {
        return new RespInteger(value);
    }

    /** An error reply; {@code message} starts with its code, e.g. "ERR syntax error" or "READONLY ...". */
    static ErrorReply error(String message) {
        return new ErrorReply(message);
    }

    static RespArray array(List<? extends RespValue> items) {
        return new RespArray(List.copyOf(items));
    }

    static RespArray arrayOfBulks(List<byte[]> items) {
        return new RespArray(items.stream().map(b -> (RespValue) new BulkString(b)).toList());
    }

    /** {@code +text\r\n}; the text never contains CR or LF. */
    record SimpleString(String value) implements RespValue {}

    /** {@code -message\r\n}; the message begins with an error code such as ERR or WRONGTYPE. */
    record ErrorReply(String message) implements RespValue {
        /** The code before the first space, e.g. "ERR". */
        public String code() {
            int space = message.indexOf(' ');
            return space < 0 ? message : message.substring(0, space);
        }
    }

    /** {@code :n\r\n}. */
    record RespInteger(long value) implements RespValue {}

    /** {@code $len\r\nbytes\r\n}, or {@code $-1\r\n} when {@code bytes} is null. */
    record BulkString(byte[] bytes) implements RespValue {
        public boolean isNil() {
            return bytes == null;
        }

        public String asString() {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BulkString other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return bytes == null ? "BulkString[nil]" : "BulkString[" + asString() + "]";
        }
    }

    /** {@code *n\r\n} followed by n values, or {@code *-1\r\n} when {@code items} is null. */
    record RespArray(List<RespValue> items) implements RespValue {
        public boolean isNil() {
            return items == null;
        }
    }
}
