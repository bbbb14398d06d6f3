package com.replicationlab.replication;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * Bytes of the replication stream on their way to one replica, with the stream offset of their
 * first byte. Over TCP only the bytes go out (see {@link StreamChunkEncoder}); the lab's network
 * keeps the offsets, so it can draw them and so a replica can tell a gap from a duplicate.
 */
public final class StreamChunk extends DefaultByteBufHolder {
    private final long firstOffset;
    private final boolean resend;

    public StreamChunk(ByteBuf bytes, long firstOffset, boolean resend) {
        super(bytes);
        this.firstOffset = firstOffset;
        this.resend = resend;
    }

    /** Stream offset of the first byte. */
    public long firstOffset() {
        return firstOffset;
    }

    /** Stream offset of the last byte. */
    public long lastOffset() {
        return firstOffset + content().readableBytes() - 1;
    }

    /** Whether the master is sending these bytes again, from its backlog, after a loss. */
    public boolean resend() {
        return resend;
    }

    @Override
    public ByteBufHolder replace(ByteBuf content) {
        return new StreamChunk(content, firstOffset, resend);
    }
}
