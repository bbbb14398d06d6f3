package com.replicationlab.server;

import com.replicationlab.resp.ProtocolError;
import com.replicationlab.resp.Request;
import com.replicationlab.resp.RespValue;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;

/**
 * The end of a client connection's pipeline: each decoded request goes to the dispatcher, each
 * reply back out; replies to pipelined requests are flushed together when a read burst ends.
 */
final class ClientHandler extends ChannelInboundHandlerAdapter {
    private final RedisNode node;
    private ClientSession session;

    ClientHandler(RedisNode node) {
        this.node = node;
    }

    /** This connection's client, or null before it is registered (and when it was refused). */
    ClientSession session() {
        return session;
    }

    /** Whether this connection may use commands that need a password (read by the decoder's limits). */
    boolean authenticated() {
        return session == null || session.authenticated();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (node.atClientLimit()) {
            node.refuseClient();
            ctx.writeAndFlush(RespValue.error("ERR max number of clients reached"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (ProtectedMode.denies(node.config(), ctx.channel().remoteAddress())) {
            node.refuseClient();
            ctx.writeAndFlush(ProtectedMode.DENIED).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        session = node.openClient(ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (session == null) {
            return;
        }
        if (msg instanceof ProtocolError error) {
            node.stats().errorReply();
            ctx.writeAndFlush(error.reply()).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        Request request = (Request) msg;
        node.stats().netInput(request.wireBytes());
        session.touch(node.clock().nowMs());
        if (request.args().isEmpty()) {
            node.masterSide().keepalive(session);
            return;
        }
        RespValue reply = node.dispatcher().dispatch(session, request.args());
        if (reply == null) {
            return;
        }
        if (reply instanceof RespValue.ErrorReply) {
            node.stats().errorReply();
        }
        if (session.shouldCloseAfterReply()) {
            ctx.writeAndFlush(reply).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.write(reply, ctx.voidPromise());
        }
    }

    /** The read batch is done: the replicas get what it wrote to the stream, then this client its replies. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        node.masterSide().flushReplicaStreams();
        ctx.flush();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (session != null) {
            node.clientClosed(session);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A reset or an already closed connection is a client going away, which Redis logs only at
        // its verbose level; anything else is worth a warning.
        if (!(cause instanceof IOException)) {
            node.log().warn("Closing client connection after an error: " + cause);
        }
        ctx.close();
    }
}
