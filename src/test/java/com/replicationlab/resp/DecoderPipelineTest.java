package com.replicationlab.resp;

import static com.replicationlab.resp.Wire.buffer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Decoders in a Netty pipeline")
class DecoderPipelineTest {

    private static List<String> args(Object message) {
        return Wire.texts(((Request) message).args());
    }

    @Nested
    @DisplayName("RequestDecoder")
    class Requests {

        private final EmbeddedChannel channel =
                new EmbeddedChannel(new RequestDecoder(new RequestParser(ProtocolLimits.DEFAULTS, () -> true)));

        @Test
        @DisplayName("emits every request, however the reads split them")
        void emitsRequests() {
            channel.writeInbound(buffer("*2\r\n$3\r\nGET\r\n$1"));
            assertNull(channel.readInbound());
            channel.writeInbound(buffer("\r\nk\r\nPING\r\n\n*0\r"));
            assertEquals(List.of("GET", "k"), args(channel.readInbound()));
            assertEquals(List.of("PING"), args(channel.readInbound()));
            Request keepalive = channel.readInbound();
            assertEquals(1, keepalive.wireBytes());
            assertTrue(keepalive.isEmpty());
            assertNull(channel.readInbound());
            channel.writeInbound(buffer("\n"));
            Request skippedHeader = channel.readInbound();
            assertTrue(skippedHeader.isEmpty());
            assertEquals(4, skippedHeader.wireBytes());
            assertFalse(skippedHeader.inline());
        }

        @Test
        @DisplayName("on a protocol error emits the wire error after the good requests, then ignores all input")
        void errorThenSilence() {
            channel.writeInbound(buffer("PING\r\n*1\r\nfoo\r\n*1\r\n$4\r\nPING\r\n"));
            assertEquals(List.of("PING"), args(channel.readInbound()));
            ProtocolError error = channel.readInbound();
            assertEquals("ERR Protocol error: expected '$', got 'f'", error.message());
            assertEquals("-ERR Protocol error: expected '$', got 'f'\r\n",
                    new String(RespEncoder.toBytes(error.reply()), StandardCharsets.US_ASCII));
            assertNull(channel.readInbound());
            channel.writeInbound(buffer("*1\r\n$4\r\nPING\r\n"));
            assertNull(channel.readInbound());
            assertFalse(channel.finish());
        }
    }

    @Nested
    @DisplayName("RespEncoder and RequestDecoder together")
    class ServerPipeline {

        @Test
        @DisplayName("a reply written by the server comes out as bytes beside the request decoder")
        void replyOut() {
            EmbeddedChannel channel = new EmbeddedChannel(
                    new RequestDecoder(new RequestParser(ProtocolLimits.DEFAULTS, () -> true)), new ReplyBuffer());
            channel.writeInbound(buffer("PING\r\n"));
            assertEquals(List.of("PING"), args(channel.readInbound()));
            channel.writeOutbound(RespValue.PONG);
            ByteBuf out = channel.readOutbound();
            assertEquals("+PONG\r\n", out.toString(StandardCharsets.US_ASCII));
            out.release();
        }
    }

    @Nested
    @DisplayName("ReplyDecoder")
    class Replies {

        private final EmbeddedChannel channel =
                new EmbeddedChannel(new ReplyDecoder(new ReplyParser(ProtocolLimits.DEFAULTS)));

        @Test
        @DisplayName("emits every reply, nested arrays across reads included")
        void emitsReplies() {
            channel.writeInbound(buffer("+OK\r\n*2\r\n*1\r\n"));
            assertEquals(RespValue.OK, channel.readInbound());
            assertNull(channel.readInbound());
            channel.writeInbound(buffer(":1\r\n$-1\r\n"));
            assertEquals(RespValue.array(List.of(RespValue.array(List.of(RespValue.integer(1))), RespValue.NIL)),
                    channel.readInbound());
        }

        @Test
        @DisplayName("malformed input raises a ProtocolException once, then all input is ignored")
        void errorThenSilence() {
            ProtocolException error = assertThrows(ProtocolException.class, () -> channel.writeInbound(buffer("+OK\r\n?")));
            assertEquals("Protocol error: unknown reply type byte '?'", error.getMessage());
            assertEquals(RespValue.OK, channel.readInbound());
            channel.writeInbound(buffer("+OK\r\n"));
            assertNull(channel.readInbound());
        }
    }
}
