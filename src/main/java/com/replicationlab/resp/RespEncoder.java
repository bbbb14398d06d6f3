package com.replicationlab.resp;

import com.replicationlab.resp.RespValue.BulkString;
import com.replicationlab.resp.RespValue.ErrorReply;
import com.replicationlab.resp.RespValue.RespArray;
import com.replicationlab.resp.RespValue.RespInteger;
import com.replicationlab.resp.RespValue.SimpleString;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RESP2 values. It sits on the hot path of every reply (see {@link ReplyBuffer}) and every
 * propagated command, so it can size a buffer exactly beforehand, writes numbers digit by digit
 * and text straight into the buffer, and allocates nothing else. Simple strings and errors are
 * written in UTF-8.
 */
public final class RespEncoder {

    private static final short CRLF = ('\r' << 8) | '\n';
    private static final int CRLF_LENGTH = 2;
    private static final byte[] NIL_BULK = "$-1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NIL_ARRAY = "*-1\r\n".getBytes(StandardCharsets.US_ASCII);

    private RespEncoder() {
    }

    /** Appends the wire form of {@code value} to {@code out}. */
    public static void write(RespValue value, ByteBuf out) {
        if (value instanceof BulkString bulk) {
            writeBulk(bulk.bytes(), out);
        } else if (value instanceof RespArray array) {
            if (array.isNil()) {
                out.writeBytes(NIL_ARRAY);
                return;
            }
            writeHeader('*', array.items().size(), out);
            for (RespValue item : array.items()) {
                write(item, out);
            }
        } else if (value instanceof SimpleString simple) {
            writeText('+', simple.value(), out);
        } else if (value instanceof ErrorReply error) {
            writeText('-', error.message(), out);
        } else {
            writeHeader(':', ((RespInteger) value).value(), out);
        }
    }

    /** The wire form of {@code value}. */
    public static byte[] toBytes(RespValue value) {
        byte[] bytes = new byte[encodedLength(value)];
        write(value, Unpooled.wrappedBuffer(bytes).clear());
        return bytes;
    }

    /** Exactly how many bytes {@link #write} produces for {@code value}. */
    public static int encodedLength(RespValue value) {
        if (value instanceof BulkString bulk) {
            return bulkLength(bulk.bytes());
        } else if (value instanceof RespArray array) {
            if (array.isNil()) {
                return NIL_ARRAY.length;
            }
            int length = headerLength(array.items().size());
            for (RespValue item : array.items()) {
                length += encodedLength(item);
            }
            return length;
        } else if (value instanceof SimpleString simple) {
            return 1 + ByteBufUtil.utf8Bytes(simple.value()) + CRLF_LENGTH;
        } else if (value instanceof ErrorReply error) {
            return 1 + ByteBufUtil.utf8Bytes(error.message()) + CRLF_LENGTH;
        } else {
            return headerLength(((RespInteger) value).value());
        }
    }

    /** Exactly how many bytes {@link #commandBytes} produces: what it adds to a replication offset. */
    public static int commandLength(List<byte[]> args) {
        int length = headerLength(args.size());
        // Loops over indexes here and below: a for-each made an iterator (two, through an
        // unmodifiable list) for every command a master propagates, which the JIT did not remove.
        for (int i = 0; i < args.size(); i++) {
            length += bulkLength(args.get(i));
        }
        return length;
    }

    /**
     * A command as a multibulk array of bulk strings, the form a master propagates to its
     * replicas: SET key value is {@code *3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n}, 33 bytes.
     * Written straight into an array of the exact length: through a buffer every byte, number and
     * argument written costs a bounds check, and with MSET's eleven arguments that showed.
     */
    public static byte[] commandBytes(List<byte[]> args) {
        byte[] bytes = new byte[commandLength(args)];
        int at = writeHeader('*', args.size(), bytes, 0);
        for (int i = 0; i < args.size(); i++) {
            byte[] arg = args.get(i);
            if (arg == null) {
                System.arraycopy(NIL_BULK, 0, bytes, at, NIL_BULK.length);
                at += NIL_BULK.length;
                continue;
            }
            at = writeHeader('$', arg.length, bytes, at);
            System.arraycopy(arg, 0, bytes, at, arg.length);
            at = writeCrlf(bytes, at + arg.length);
        }
        return bytes;
    }

    private static void writeBulk(byte[] bytes, ByteBuf out) {
        if (bytes == null) {
            out.writeBytes(NIL_BULK);
            return;
        }
        writeHeader('$', bytes.length, out);
        out.writeBytes(bytes);
        out.writeShort(CRLF);
    }

    private static int bulkLength(byte[] bytes) {
        return bytes == null ? NIL_BULK.length : headerLength(bytes.length) + bytes.length + CRLF_LENGTH;
    }

    /** A type byte, a decimal and CRLF: array and bulk headers and integers alike. */
    private static void writeHeader(char type, long number, ByteBuf out) {
        out.writeByte(type);
        Decimal.write(number, out);
        out.writeShort(CRLF);
    }

    /** {@link #writeHeader(char, long, ByteBuf)} into an array at {@code at}; returns the index after it. */
    private static int writeHeader(char type, long number, byte[] out, int at) {
        out[at] = (byte) type;
        return writeCrlf(out, Decimal.write(number, out, at + 1));
    }

    private static int writeCrlf(byte[] out, int at) {
        out[at] = '\r';
        out[at + 1] = '\n';
        return at + CRLF_LENGTH;
    }

    private static int headerLength(long number) {
        return 1 + Decimal.length(number) + CRLF_LENGTH;
    }

    private static void writeText(char type, String text, ByteBuf out) {
        out.writeByte(type);
        // writeUtf8 would reserve three bytes a char; the exact count keeps exact-size buffers enough.
        ByteBufUtil.reserveAndWriteUtf8(out, text, ByteBufUtil.utf8Bytes(text));
        out.writeShort(CRLF);
    }
}
