package com.replicationlab.server;

import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.OutputBufferLimits;
import com.replicationlab.server.config.OutputBufferLimits.ClientClass;
import com.replicationlab.server.config.OutputBufferLimits.Limit;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Closes a TCP client whose replies pile up unsent (it does not read them) beyond
 * {@code client-output-buffer-limit}, as Redis 7.0 does each time it adds to a client's output:
 * at once over the hard limit, or when it has stayed over the soft limit for longer than the soft
 * seconds. What is still buffered is dropped, not sent. The link to this node's master is exempt
 * (no replies go to it); replicas use the replica class.
 *
 * <p>The buffer measured is Netty's outbound buffer of the TCP channel: the bytes written but not
 * yet taken by the socket, plus Netty's small fixed cost per message. A client of a lab node comes
 * through a bridge, whose TCP channel is another one; the bridge says how much waits there.
 */
final class OutputBufferGuard extends ChannelOutboundHandlerAdapter {
    private static final long NOT_OVER_SOFT_LIMIT = -1;

    private final RedisNode node;
    private final Supplier<ClientSession> session;
    private final LongSupplier pendingBytes;
    private String limitsText;
    private OutputBufferLimits limits;
    private long softLimitReachedSecond = NOT_OVER_SOFT_LIMIT;
    private boolean closing;

    /** @param pendingBytes the bytes waiting to be sent to the client, or null for this channel's own */
    OutputBufferGuard(RedisNode node, Supplier<ClientSession> session, LongSupplier pendingBytes) {
        this.node = node;
        this.session = session;
        this.pendingBytes = pendingBytes;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        ctx.write(msg, promise);
        ClientSession client = session.get();
        if (closing || client == null || client.isMaster() || !ctx.channel().isActive()) {
            return;
        }
        long nowMs = node.clock().nowMs();
        if (overLimit(limitFor(client), pending(ctx), nowMs / 1000)) {
            closing = true;
            node.log().warn("Client " + client.infoLine(nowMs)
                    + " scheduled to be closed ASAP for overcoming of output buffer limits.");
            ctx.close();
        }
    }

    private long pending(ChannelHandlerContext ctx) {
        if (pendingBytes != null) {
            return pendingBytes.getAsLong();
        }
        ChannelOutboundBuffer buffer = ctx.channel().unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    /** Redis's checkClientOutputBufferLimits: limits reached at >=, the soft one for more than its seconds. */
    private boolean overLimit(Limit limit, long usedBytes, long nowSecond) {
        if (limit.hardBytes() > 0 && usedBytes >= limit.hardBytes()) {
            return true;
        }
        if (limit.softBytes() == 0 || usedBytes < limit.softBytes()) {
            softLimitReachedSecond = NOT_OVER_SOFT_LIMIT;
            return false;
        }
        if (softLimitReachedSecond == NOT_OVER_SOFT_LIMIT) {
            softLimitReachedSecond = nowSecond;
            return false;
        }
        return nowSecond - softLimitReachedSecond > limit.softSeconds();
    }

    private Limit limitFor(ClientSession client) {
        String text = node.config().get(ConfigNames.CLIENT_OUTPUT_BUFFER_LIMIT);
        if (!text.equals(limitsText)) {
            limits = OutputBufferLimits.parse(text);
            limitsText = text;
        }
        return limits.of(client.isReplica() ? ClientClass.REPLICA : ClientClass.NORMAL);
    }
}
