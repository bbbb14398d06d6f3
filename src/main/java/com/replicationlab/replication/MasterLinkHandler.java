package com.replicationlab.replication;

import com.replicationlab.resp.ProtocolException;
import com.replicationlab.resp.ProtocolLimits;
import com.replicationlab.resp.Request;
import com.replicationlab.resp.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what a master sends on a replica's link, in its three phases: reply lines of the
 * handshake, the RDB payload of a full resync ({@code $len} or {@code $EOF:mark} framing), then
 * the command stream, each command with its exact byte count (the replica's offset counts bytes).
 */
final class MasterLinkHandler extends ByteToMessageDecoder {
    private static final int MAX_LINE_BYTES = 64 * 1024;
    private static final int EOF_MARK_LENGTH = 40;

    private enum Phase { LINES, PAYLOAD_HEADER, PAYLOAD, PAYLOAD_TO_MARK, STREAM }

    private final ReplicaSide side;
    /** Redis applies no bulk limit to its master's stream; only the array shape is checked. */
    private static final ProtocolLimits STREAM_LIMITS = new ProtocolLimits.Fixed(Long.MAX_VALUE,
            ProtocolLimits.DEFAULTS.maxMultibulkLength(), ProtocolLimits.DEFAULTS.maxInlineLength());

    private final RequestParser streamParser = new RequestParser(STREAM_LIMITS, () -> true);
    private Phase phase = Phase.LINES;
    private byte[] payload;
    private int payloadRead;
    private ByteBuf markedPayload;
    private byte[] eofMark;

    MasterLinkHandler(ReplicaSide side) {
        this.side = side;
    }

    void expectPayload() {
        phase = Phase.PAYLOAD_HEADER;
    }

    void expectStream() {
        phase = Phase.STREAM;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        side.linkUp(this, ctx.channel());
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        super.channelInactive(ctx);
        releasePayload();
        side.linkClosed(this);
    }

    /** A chained replica passes what it read from its master on to its own replicas, in one flush. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        side.flushReplicaStreams();
        super.channelReadComplete(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        side.linkError(this, cause.getMessage());
        ctx.close();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable() && ctx.channel().isActive() && !ctx.isRemoved()) {
            boolean progressed = switch (phase) {
                case LINES -> readReplyLine(in);
                case PAYLOAD_HEADER -> readPayloadHeader(ctx, in);
                case PAYLOAD -> readPayload(in);
                case PAYLOAD_TO_MARK -> readPayloadToMark(in);
                case STREAM -> readStreamCommand(ctx, in);
            };
            if (!progressed) {
                return;
            }
        }
    }

    private boolean readReplyLine(ByteBuf in) {
        String line = readLine(in);
        if (line == null) {
            return false;
        }
        side.reply(this, line);
        return true;
    }

    private boolean readPayloadHeader(ChannelHandlerContext ctx, ByteBuf in) {
        String line = readLine(in);
        if (line == null) {
            return false;
        }
        side.transferActivity(0);
        if (line.isEmpty()) {
            return true; // keepalive newline while the master prepares the RDB
        }
        if (line.startsWith("-")) {
            side.linkError(this, "MASTER aborted replication with an error: " + line.substring(1));
            ctx.close();
            return false;
        }
        if (!line.startsWith("$")) {
            side.linkError(this, "Bad protocol from MASTER, the first byte is not '$' (we received '" + line + "'), are you sure the host and port are right?");
            ctx.close();
            return false;
        }
        if (line.startsWith("$EOF:") && line.length() >= 5 + EOF_MARK_LENGTH) {
            eofMark = line.substring(5, 5 + EOF_MARK_LENGTH).getBytes(StandardCharsets.US_ASCII);
            markedPayload = ctx.alloc().heapBuffer();
            side.transferStarted(-1);
            phase = Phase.PAYLOAD_TO_MARK;
            return true;
        }
        long length;
        try {
            length = Long.parseLong(line.substring(1));
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            side.linkError(this, "Bad RDB length from MASTER: '" + line + "'");
            ctx.close();
            return false;
        }
        payload = new byte[(int) length];
        payloadRead = 0;
        side.transferStarted(length);
        phase = Phase.PAYLOAD;
        return true;
    }

    private boolean readPayload(ByteBuf in) {
        int chunk = Math.min(in.readableBytes(), payload.length - payloadRead);
        in.readBytes(payload, payloadRead, chunk);
        payloadRead += chunk;
        side.transferActivity(chunk);
        if (payloadRead == payload.length) {
            byte[] rdb = payload;
            payload = null;
            side.payloadReceived(this, rdb, false);
        }
        return true;
    }

    private boolean readPayloadToMark(ByteBuf in) {
        int chunk = in.readableBytes();
        markedPayload.writeBytes(in);
        side.transferActivity(chunk);
        int size = markedPayload.writerIndex();
        if (size < EOF_MARK_LENGTH) {
            return true;
        }
        byte[] tail = new byte[EOF_MARK_LENGTH];
        markedPayload.getBytes(size - EOF_MARK_LENGTH, tail);
        if (!Arrays.equals(tail, eofMark)) {
            return true;
        }
        byte[] rdb = new byte[size - EOF_MARK_LENGTH];
        markedPayload.getBytes(0, rdb);
        releasePayload();
        side.payloadReceived(this, rdb, true);
        return true;
    }

    private boolean readStreamCommand(ChannelHandlerContext ctx, ByteBuf in) {
        int start = in.readerIndex();
        Request request;
        try {
            request = streamParser.next(in);
        } catch (ProtocolException e) {
            side.linkError(this, "Protocol error from MASTER: " + e.getMessage());
            ctx.close();
            return false;
        }
        if (request == null) {
            return false;
        }
        if (request.inline() && !request.isEmpty()) {
            // A master only ever sends RESP arrays; Redis drops a link that sends anything else.
            side.linkError(this, "Protocol error from MASTER: inline command in the replication stream");
            ctx.close();
            return false;
        }
        // The command's bytes are passed on where they are, in the buffer, not copied into an array
        // of their own: a replica with no replicas of its own only copies them into its backlog.
        side.streamCommand(request, in, start);
        return true;
    }

    /** One line without its CR LF (or bare LF), or null if the line is not complete yet. */
    private String readLine(ByteBuf in) {
        int eol = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
        if (eol < 0) {
            if (in.readableBytes() > MAX_LINE_BYTES) {
                throw new IllegalStateException("reply line from MASTER longer than " + MAX_LINE_BYTES + " bytes");
            }
            return null;
        }
        int length = eol - in.readerIndex();
        String line = in.toString(in.readerIndex(), length, StandardCharsets.UTF_8);
        in.readerIndex(eol + 1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private void releasePayload() {
        if (markedPayload != null) {
            markedPayload.release();
            markedPayload = null;
        }
    }
}
