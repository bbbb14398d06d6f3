package com.replicationlab.replication;

import com.replicationlab.resp.RespEncoder;
import com.replicationlab.server.ClientSession;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a master's handle for one replica writes into the replica's connection: a turn's stream
 * bytes gathered into one chunk, written once when the turn ends.
 */
@DisplayName("A replica's stream, gathered per turn")
class ReplicaHandleStreamTest {
    private final SharedTurnBytes shared = new SharedTurnBytes();
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final ReplicaHandle handle = handle(channel, 7001);

    private ReplicaHandle handle(EmbeddedChannel connection, int port) {
        return new ReplicaHandle(new ClientSession(1, connection, "127.0.0.1:" + port, "127.0.0.1:6379", 0, true), shared);
    }

    private static byte[] set(int i) {
        return RespEncoder.commandBytes(List.of("SET".getBytes(), ("key:" + i).getBytes(), ("v" + i).getBytes()));
    }

    private static byte[] joined(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private StreamChunk nextChunk() {
        return channel.readOutbound();
    }

    private static byte[] bytesOf(StreamChunk chunk) {
        try {
            return ByteBufUtil.getBytes(chunk.content());
        } finally {
            chunk.release();
        }
    }

    @Test
    @DisplayName("three commands of one turn are one write, with the first command's offset, at the end of the turn")
    void aTurnIsOneWrite() {
        handle.sendStream(set(1), 101);
        handle.sendStream(set(2), 101 + set(1).length);
        handle.sendStream(set(3), 101 + set(1).length + set(2).length);
        assertNull(channel.readOutbound(), "nothing is written before the turn ends");

        handle.flushStream();
        StreamChunk chunk = nextChunk();
        assertEquals(101, chunk.firstOffset());
        assertFalse(chunk.resend());
        assertArrayEquals(joined(set(1), set(2), set(3)), bytesOf(chunk));
        assertNull(channel.readOutbound(), "one write for the whole turn");
    }

    @Test
    @DisplayName("the next turn starts a new chunk")
    void eachTurnHasItsChunk() {
        handle.sendStream(set(1), 101);
        handle.flushStream();
        handle.sendStream(set(2), 101 + set(1).length);
        handle.flushStream();
        assertEquals(101, nextChunk().firstOffset());
        assertEquals(101 + set(1).length, nextChunk().firstOffset());
        assertNull(channel.readOutbound());
        handle.flushStream();
        assertNull(channel.readOutbound(), "a turn that fed nothing writes nothing");
    }

    @Test
    @DisplayName("a re-send is a chunk of its own, after what the turn gathered before it")
    void resendKeepsItsOwnChunk() {
        handle.sendStream(set(2), 200);
        handle.resend(set(1), 150);
        handle.sendStream(set(3), 200 + set(2).length);
        handle.flushStream();

        StreamChunk gathered = nextChunk();
        assertEquals(200, gathered.firstOffset());
        assertArrayEquals(set(2), bytesOf(gathered));
        StreamChunk resent = nextChunk();
        assertTrue(resent.resend());
        assertEquals(150, resent.firstOffset());
        assertArrayEquals(set(1), bytesOf(resent));
        StreamChunk after = nextChunk();
        assertEquals(200 + set(2).length, after.firstOffset());
        assertArrayEquals(set(3), bytesOf(after));
    }

    @Test
    @DisplayName("bytes that do not continue the gathered ones (a new history) start a chunk of their own")
    void aGapStartsANewChunk() {
        handle.sendStream(set(1), 101);
        handle.sendStream(set(2), 5001);
        handle.flushStream();
        assertEquals(101, nextChunk().firstOffset());
        assertEquals(5001, nextChunk().firstOffset());
    }

    @Test
    @DisplayName("a stream held until a diskless replica's first ACK is released as one chunk")
    void heldStreamIsReleasedAsOneChunk() {
        handle.holdStreamUntilAck();
        handle.sendStream(set(1), 101);
        handle.sendStream(set(2), 101 + set(1).length);
        handle.flushStream();
        assertNull(channel.readOutbound(), "held, not sent");

        handle.releaseHeldStream();
        handle.flushStream();
        StreamChunk chunk = nextChunk();
        assertEquals(101, chunk.firstOffset());
        assertArrayEquals(joined(set(1), set(2)), bytesOf(chunk));
        assertNull(channel.readOutbound());
    }

    @Test
    @DisplayName("the replicas of one master that gather the same commands in a turn are sent one array, joined once")
    void replicasShareTheTurnsArray() {
        EmbeddedChannel otherChannel = new EmbeddedChannel();
        ReplicaHandle other = handle(otherChannel, 7002);
        byte[] first = set(1);
        byte[] second = set(2);
        for (ReplicaHandle replica : List.of(handle, other)) {
            replica.sendStream(first, 101);
            replica.sendStream(second, 101 + first.length);
            replica.flushStream();
        }
        StreamChunk mine = nextChunk();
        StreamChunk theirs = otherChannel.readOutbound();
        assertSame(mine.content().array(), theirs.content().array(), "one array for both replicas");
        assertArrayEquals(joined(first, second), bytesOf(theirs));

        // Other commands in the next turn: joined anew, not the last turn's array.
        handle.sendStream(set(3), 101 + first.length + second.length);
        handle.sendStream(set(4), 101 + first.length + second.length + set(3).length);
        handle.flushStream();
        StreamChunk next = nextChunk();
        assertNotSame(mine.content().array(), next.content().array());
        assertArrayEquals(joined(set(3), set(4)), bytesOf(next));
        mine.release();
    }

    @Test
    @DisplayName("a command alone in its turn leaves as the very array the master encoded")
    void aLoneCommandIsNotCopied() {
        byte[] only = set(1);
        handle.sendStream(only, 101);
        handle.flushStream();
        StreamChunk chunk = nextChunk();
        assertSame(only, chunk.content().array());
        chunk.release();
    }
}
