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
}
