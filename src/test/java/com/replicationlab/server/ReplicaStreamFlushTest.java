package com.replicationlab.server;

import com.replicationlab.resp.RespEncoder;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.time.Clock;
import com.replicationlab.time.Scheduler;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Over TCP too, a master writes each replica's stream once per turn: one flush per batch of input. */
@DisplayName("Replica streams over TCP: one flush per turn")
class ReplicaStreamFlushTest {

    /** Timers that run only when asked, on a clock that stands still. */
    private static final class Timers implements Scheduler {
        private final List<Runnable> due = new ArrayList<>();

        @Override
        public Clock clock() {
            return () -> 1_000_000;
        }

        @Override
        public Cancellable schedule(long delayMs, Runnable task) {
            due.add(task);
            return () -> due.remove(task);
        }

        void runAll() {
            List<Runnable> now = List.copyOf(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    /** Counts writes and flushes reaching the socket. */
    private static final class FlushCounter extends ChannelOutboundHandlerAdapter {
        int writes;
        int flushes;

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            writes++;
            ctx.write(msg, promise);
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            flushes++;
            ctx.flush();
        }
    }

    private final Timers timers = new Timers();
    private final RedisNode master = new RedisNode(new NodeEnvironment("master", timers, new SplittableRandom(1),
            (host, port, handler) -> {
                throw new UnsupportedOperationException("the master connects nowhere");
            }, 1), new NodeConfig());

    private EmbeddedChannel connection(FlushCounter counter) {
        return new EmbeddedChannel(counter, ClientPipeline.forTcp(master));
    }

    private static ByteBuf commands(List<List<String>> commands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        commands.forEach(c -> out.writeBytes(RespEncoder.commandBytes(c.stream().map(String::getBytes).toList())));
        return Unpooled.wrappedBuffer(out.toByteArray());
    }

    /** A replica that has done its handshake and taken its RDB; what it received so far is thrown away. */
    private EmbeddedChannel attachedReplica(FlushCounter counter) {
        EmbeddedChannel replica = connection(counter);
        replica.writeInbound(commands(List.of(List.of("REPLCONF", "listening-port", "6380"), List.of("REPLCONF", "capa", "psync2"))));
        replica.writeInbound(commands(List.of(List.of("PSYNC", "?", "-1"))));
        replica.releaseOutbound();
        return replica;
    }

    @Test
    @DisplayName("a client's 16 pipelined SETs reach the replica's socket in one flush, after one read")
    void pipelinedBatchIsOneFlush() {
        FlushCounter replicaFlushes = new FlushCounter();
        EmbeddedChannel replica = attachedReplica(replicaFlushes);
        int flushesBefore = replicaFlushes.flushes;
        List<List<String>> sets = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            sets.add(List.of("SET", "key:" + i, "v" + i));
        }
        EmbeddedChannel client = connection(new FlushCounter());
        client.writeInbound(commands(sets));

        assertEquals(flushesBefore + 1, replicaFlushes.flushes);
        int streamBytes = 0;
        for (Object out = replica.readOutbound(); out != null; out = replica.readOutbound()) {
            streamBytes += ((ByteBuf) out).readableBytes();
            ((ByteBuf) out).release();
        }
        assertEquals(master.masterSide().masterReplOffset(), streamBytes, "SELECT 0 and the 16 SETs, every byte");
        client.finishAndReleaseAll();
        replica.finishAndReleaseAll();
    }

    @Test
    @DisplayName("16 pipelined SETs reach the replica's socket as one write, and the client's 16 replies as one write")
    void pipelinedBatchIsOneWriteEach() {
        FlushCounter replicaSocket = new FlushCounter();
        EmbeddedChannel replica = attachedReplica(replicaSocket);
        master.masterSide().feed(0, List.of("SET".getBytes(), "warm".getBytes(), "up".getBytes()));
        master.masterSide().flushReplicaStreams();
        replica.releaseOutbound();
        int writesBefore = replicaSocket.writes;
        long offsetBefore = master.masterSide().masterReplOffset();
        List<List<String>> sets = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            sets.add(List.of("SET", "key:" + i, "v" + i));
        }
        ByteBuf batch = commands(sets);
        int batchBytes = batch.readableBytes();
        FlushCounter clientSocket = new FlushCounter();
        EmbeddedChannel client = connection(clientSocket);
        client.writeInbound(batch);

        assertEquals(writesBefore + 1, replicaSocket.writes);
        ByteBuf stream = replica.readOutbound();
        assertEquals(batchBytes, stream.readableBytes(), "the 16 SETs as the client sent them");
        assertEquals(master.masterSide().masterReplOffset() - offsetBefore, batchBytes);
        stream.release();
        assertEquals(1, clientSocket.writes);
        ByteBuf replies = client.readOutbound();
        assertEquals("+OK\r\n".repeat(16), replies.toString(StandardCharsets.US_ASCII));
        replies.release();
        client.finishAndReleaseAll();
        replica.finishAndReleaseAll();
    }

    @Test
    @DisplayName("what a timer feeds the stream (expired keys' DELs, say) leaves in one flush when the timer is done")
    void timerIsATurn() {
        FlushCounter replicaFlushes = new FlushCounter();
        EmbeddedChannel replica = attachedReplica(replicaFlushes);
        int flushesBefore = replicaFlushes.flushes;
        int[] flushesDuringTimer = new int[1];
        master.scheduler().schedule(0, () -> {
            master.masterSide().feed(0, List.of("DEL".getBytes(), "a".getBytes()));
            master.masterSide().feed(0, List.of("DEL".getBytes(), "b".getBytes()));
            flushesDuringTimer[0] = replicaFlushes.flushes;
        });
        timers.runAll();

        assertEquals(flushesBefore, flushesDuringTimer[0], "nothing flushed while the timer runs");
        assertEquals(flushesBefore + 1, replicaFlushes.flushes, "SELECT and both DELs flushed once, when it ends");
        replica.finishAndReleaseAll();
    }
}
