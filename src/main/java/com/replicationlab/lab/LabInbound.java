package com.replicationlab.lab;

import com.replicationlab.server.config.ConfigNames;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The head of a lab channel's pipeline, inbound: an arriving packet becomes bytes for the node's
 * handlers. Replication stream packets go through the reassembly first, so that a lost, doubled
 * or reordered packet never reaches the replica as a gap or a repeat.
 */
final class LabInbound extends ChannelInboundHandlerAdapter {
    private final Lab lab;
    private final LabChannel channel;
    private final StreamReassembly stream;
    /** Whether the node's loss-recovery setting (which CONFIG SET may change) ends the connection at a gap. */
    private final BooleanSupplier closeOnGap;

    LabInbound(Lab lab, LabChannel channel, StreamReassembly stream) {
        this.lab = lab;
        this.channel = channel;
        this.stream = stream;
        this.closeOnGap = () -> "reconnect".equals(lab.nodeConfigValue(channel.node(), ConfigNames.LOSS_RECOVERY));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Packet packet)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (packet.isClose()) {
            ctx.channel().close();
            return;
        }
        if (!packet.isStream()) {
            stream.observeInbound(packet.bytes());
            ctx.fireChannelRead(Unpooled.wrappedBuffer(packet.bytes()));
            return;
        }
        if (stream.takeNext(packet.streamFirst(), packet.bytes())) {
            ctx.fireChannelRead(Unpooled.wrappedBuffer(packet.bytes()));
            return;
        }
        StreamReassembly.Outcome outcome = stream.accept(packet.streamFirst(), packet.bytes(), closeOnGap);
        if (outcome.note() != null) {
            TraceKind kind = outcome.deliver().isEmpty() ? TraceKind.DISCARDED : TraceKind.DELIVERED;
            lab.trace().add(kind, channel.node(), streamNote(channel.node(), outcome), packet.id());
        }
        for (byte[] bytes : outcome.deliver()) {
            ctx.fireChannelRead(Unpooled.wrappedBuffer(bytes));
        }
        if (outcome.closeConnection()) {
            ctx.channel().close();
        }
    }

    /** "replica-1 holds 34..60 past a gap at 20": the note, its replica first, in English and as a wording. */
    private static Words streamNote(String node, StreamReassembly.Outcome outcome) {
        List<Object> args = new ArrayList<>();
        args.add(node);
        args.addAll(outcome.noteWording().args());
        return Words.worded(node + " " + outcome.note(), new Wording(outcome.noteWording().key(), args));
    }
}
