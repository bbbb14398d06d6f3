package com.replicationlab.lab;

import com.replicationlab.replication.StreamChunk;
import com.replicationlab.resp.ProtocolLimits;
import com.replicationlab.resp.ReplyParser;
import com.replicationlab.resp.RespEncoder;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.ClientPipeline;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * The lab console's own connection to a node, like a redis-cli on the same machine: commands go
 * through the node's real pipeline (RESP bytes in, RESP bytes out) but not through the network.
 */
final class ConsoleClient {
    private static final int FIRST_PORT = 40001;

    /** The node's end of the connection: its real pipeline, with the console as the peer. */
    private final LabChannel nodeEnd;
    private final ReplyParser parser = new ReplyParser(ProtocolLimits.DEFAULTS);
    private final ByteBuf received = Unpooled.buffer();

    ConsoleClient(Lab lab, LabNode node) {
        int clientPort = FIRST_PORT + lab.nextConsolePort();
        nodeEnd = new LabChannel(node.name(), new InetSocketAddress(LabNetwork.LOOPBACK, node.port()),
                new InetSocketAddress(LabNetwork.LOOPBACK, clientPort));
        nodeEnd.pipeline().addLast(ClientPipeline.forLab(node.redis()));
        try {
            nodeEnd.register();
        } catch (Exception e) {
            throw new IllegalStateException("could not open a console connection", e);
        }
    }

    boolean isOpen() {
        return nodeEnd.isOpen();
    }

    /** Sends a command; returns its reply, or null when none has come yet (a blocked WAIT). */
    RespValue send(List<byte[]> command) {
        nodeEnd.writeInbound(Unpooled.wrappedBuffer(RespEncoder.commandBytes(command)));
        return poll();
    }

    /** A reply that has arrived since, or null. */
    RespValue poll() {
        nodeEnd.runPendingTasks();
        for (Object out = nodeEnd.readOutbound(); out != null; out = nodeEnd.readOutbound()) {
            ByteBuf bytes = out instanceof StreamChunk chunk ? chunk.content() : (ByteBuf) out;
            received.writeBytes(bytes);
            bytes.release();
        }
        RespValue reply = parser.next(received);
        received.discardReadBytes();
        return reply;
    }
}
