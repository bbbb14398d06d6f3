package com.replicationlab.resp;

import static com.replicationlab.resp.RespValue.array;
import static com.replicationlab.resp.RespValue.bulk;
import static com.replicationlab.resp.RespValue.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A client's reply buffer")
class ReplyBufferTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new ReplyBuffer());

    private String nextWrite() {
        ByteBuf out = channel.readOutbound();
        try {
            return out.toString(StandardCharsets.US_ASCII);
        } finally {
            out.release();
        }
    }

    private void writeReply(RespValue reply) {
        channel.write(reply, channel.voidPromise());
    }

    @Test
    @DisplayName("the replies of one batch leave as one write, in order, when the connection flushes")
    void batchIsOneWrite() {
        writeReply(array(List.of(bulk("a"), integer(12))));
        writeReply(RespValue.PONG);
        writeReply(RespValue.OK);
        assertNull(channel.readOutbound(), "nothing leaves before the flush");

        channel.flush();
        assertEquals("*2\r\n$1\r\na\r\n:12\r\n+PONG\r\n+OK\r\n", nextWrite());
        assertNull(channel.readOutbound());
    }

    @Test
    @DisplayName("other bytes written to the connection go after the replies buffered before them")
    void otherWritesKeepTheirPlace() {
        writeReply(RespValue.OK);
        channel.write(Unpooled.copiedBuffer("raw", StandardCharsets.US_ASCII), channel.voidPromise());
        writeReply(integer(7));
        channel.flush();
        assertEquals("+OK\r\n", nextWrite());
        assertEquals("raw", nextWrite());
        assertEquals(":7\r\n", nextWrite());
        assertNull(channel.readOutbound());
    }

    @Test
    @DisplayName("a reply someone waits for (to close after it) is written with what was buffered before it")
    void awaitedReplyIsWrittenAtOnce() {
        writeReply(RespValue.OK);
        ChannelFuture written = channel.writeAndFlush(RespValue.error("ERR bye"));
        assertTrue(written.isSuccess());
        assertEquals("+OK\r\n-ERR bye\r\n", nextWrite());
    }

    @Test
    @DisplayName("a buffer that reaches Redis's reply chunk size is passed on, and a new one started")
    void fullChunkIsPassedOn() {
        RespValue big = bulk("x".repeat(ReplyBuffer.CHUNK_BYTES - 100));
        writeReply(big);
        writeReply(bulk("y".repeat(200)));
        channel.flush();
        assertEquals(RespEncoder.encodedLength(big), nextWrite().length());
        assertTrue(nextWrite().startsWith("$200\r\n"));
        assertNull(channel.readOutbound());
    }

    @Test
    @DisplayName("replies still buffered when the connection closes are released")
    void releasedOnClose() {
        UnpooledByteBufAllocator allocator = new UnpooledByteBufAllocator(true);
        channel.config().setAllocator(allocator);
        writeReply(RespValue.OK);
        assertTrue(allocator.metric().usedDirectMemory() + allocator.metric().usedHeapMemory() > 0);
        channel.close();
        assertNull(channel.readOutbound());
        assertEquals(0, allocator.metric().usedDirectMemory() + allocator.metric().usedHeapMemory());
    }
}
