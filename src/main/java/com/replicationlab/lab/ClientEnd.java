package com.replicationlab.lab;

import io.netty.buffer.ByteBuf;

/** The outside client's end of a {@link Bridge}: where a lab node's replies go (a real TCP socket). */
public interface ClientEnd {

    /** Bytes for the client; the client end owns (and releases) them. */
    void write(ByteBuf bytes);

    /** Sends what was written. */
    void flush();

    /** What waits to be sent to the client: the node's output buffer limits watch it. */
    long unsentBytes();

    /** The node closed the connection. */
    void close();

    /** A client that reads no replies (a benchmark's writer): what the node sends it is let go at once. */
    static ClientEnd ignoringReplies() {
        return new ClientEnd() {
            @Override
            public void write(ByteBuf bytes) {
                bytes.release();
            }

            @Override
            public void flush() {
            }

            @Override
            public long unsentBytes() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }
}
