package com.replicationlab.lab;

import com.replicationlab.resp.ProtocolException;
import com.replicationlab.resp.ProtocolLimits;
import com.replicationlab.resp.Request;
import com.replicationlab.resp.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands a packet carries, in words: one packet of the replication stream may carry all the
 * commands of one batch ("SET key:1 v", "SET key:2 v", ...). Arguments are shown printable.
 */
public final class PacketCommands {
    private static final ProtocolLimits LIMITS = new ProtocolLimits.Fixed(Long.MAX_VALUE, Integer.MAX_VALUE, 1 << 20);

    private PacketCommands() {
    }

    /** Each whole command in {@code bytes}, its arguments joined by spaces; what does not parse is left out. */
    public static List<String> of(byte[] bytes) {
        return parse(bytes).stream().map(args -> String.join(" ", args)).toList();
    }

    /** Each whole command's arguments, as far as the bytes are RESP commands. */
    static List<List<String>> parse(byte[] bytes) {
        RequestParser parser = new RequestParser(LIMITS, () -> true);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        List<List<String>> commands = new ArrayList<>();
        try {
            for (Request r = parser.next(buf); r != null; r = parser.next(buf)) {
                if (!r.isEmpty()) {
                    commands.add(r.args().stream().map(PacketDescriber::printable).toList());
                }
            }
        } catch (ProtocolException e) {
            // Not whole commands (part of a larger write): what parsed is what there is.
        }
        return commands;
    }
}
