package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * A client connection's output buffer, as Redis keeps one per client: each reply is encoded
 * straight into it, and what a batch of requests produced leaves in one write when the connection
 * flushes — not one buffer, one write and one socket entry per reply. One per connection.
 *
 * <p>Anything else written to the connection (bytes, a stream chunk) goes after the replies
 * buffered before it, so the order on the wire is the order of the writes.
 */
public final class ReplyBuffer extends ChannelOutboundHandlerAdapter {
    /** Redis's PROTO_REPLY_CHUNK_BYTES: a buffer this full is passed on, and a new one started. */
    static final int CHUNK_BYTES = 16 * 1024;
    /** Room for several small replies; a bigger batch grows the buffer up to a chunk. */
    private static final int INITIAL_BYTES = 512;

    private ByteBuf buffered;

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof RespValue reply)) {
            passOn(ctx);
            ctx.write(msg, promise);
            return;
        }
        int length = RespEncoder.encodedLength(reply);
        if (buffered != null && buffered.readableBytes() + length > CHUNK_BYTES) {
            passOn(ctx);
        }
        if (buffered == null) {
            buffered = ctx.alloc().ioBuffer(Math.max(length, INITIAL_BYTES));
        }
        RespEncoder.write(reply, buffered);
        if (!promise.isVoid()) {
            // Someone waits for this reply to be written (to close the connection after it).
            ctx.write(buffered, promise);
            buffered = null;
        }
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        passOn(ctx);
        ctx.flush();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (buffered != null) {
            buffered.release();
            buffered = null;
        }
    }

    private void passOn(ChannelHandlerContext ctx) {
        if (buffered != null) {
            ctx.write(buffered, ctx.voidPromise());
            buffered = null;
        }
    }
}
