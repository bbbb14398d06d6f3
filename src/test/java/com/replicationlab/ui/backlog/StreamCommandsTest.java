package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.replication.ReplicationBacklog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("Backlog: the commands read out of the ring's bytes")
class StreamCommandsTest {
    private static final String SELECT = "*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n";
    private static final String SET = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("each write start begins a command, labelled with its arguments and its exact offsets")
    void commandsAtWriteStarts() {
        byte[] bytes = ascii(SELECT + SET);
        BacklogView backlog = new BacklogView(1024, 1, bytes.length, bytes.length, bytes, 0, new long[] {1, 24});
        assertEquals(List.of(new StreamCommand(1, 23, "SELECT 0", false), new StreamCommand(24, 50, "SET k v", false)),
                StreamCommands.of(backlog));
    }

    @Test
    @DisplayName("a command's name is its label's first word in capitals, the ring's colour key")
    void names() {
        assertEquals("SET", new StreamCommand(1, 27, "SET k v", false).name());
        assertEquals("PING", new StreamCommand(1, 14, "ping", false).name());
        assertEquals("REPLCONF", new StreamCommand(1, 30, "replconf GETACK *", false).name());
        assertEquals("…", new StreamCommand(1, 9, "…", true).name());
        byte[] bytes = ascii(SELECT + SET);
        BacklogView backlog = new BacklogView(1024, 1, bytes.length, bytes.length, bytes, 0, new long[] {1, 24});
        assertEquals(List.of("SELECT", "SET"), StreamCommands.of(backlog).stream().map(StreamCommand::name).toList());
    }

    @Test
    @DisplayName("a command whose beginning the ring overwrote keeps only its tail, marked cut")
    void overwrittenStart() {
        String held = SET.substring(10);
        byte[] bytes = ascii(held + SET);
        // The first SET began at offset 100; the ring now starts 10 bytes into it.
        BacklogView backlog = new BacklogView(64, 110, bytes.length, 109 + bytes.length, bytes, 0, new long[] {100, 127});
        List<StreamCommand> commands = StreamCommands.of(backlog);
        assertEquals(new StreamCommand(110, 126, "…", true), commands.get(0));
        assertEquals(new StreamCommand(127, 153, "SET k v", false), commands.get(1));
    }

    @Test
    @DisplayName("long arguments and many arguments are cut short; what is not RESP says so with its size")
    void labels() {
        String value = "x".repeat(30);
        byte[] longValue = ascii("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$30\r\n" + value + "\r\n");
        assertEquals("SET k " + "x".repeat(24) + "…", StreamCommands.label(longValue, 0, longValue.length));
        byte[] many = ascii("*8\r\n$5\r\nRPUSH\r\n$1\r\nl\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n");
        assertEquals("RPUSH l a b c d …", StreamCommands.label(many, 0, many.length));
        byte[] junk = ascii("hello");
        assertEquals("? · 5 B", StreamCommands.label(junk, 0, junk.length));
    }

    @Test
    @DisplayName("an argument is cut after 24 characters, however many bytes each takes (Chinese 3, an emoji 4)")
    void labelsCutByCharacters() {
        String chinese = "复制".repeat(12);
        assertEquals("SET k " + chinese, StreamCommands.label(set(chinese), 0, set(chinese).length), "24 characters: whole");
        assertEquals("SET k " + chinese + "…", StreamCommands.label(set(chinese + "了"), 0, set(chinese + "了").length));
        String emoji = "\uD83D\uDE80".repeat(24);
        assertEquals("SET k " + emoji, StreamCommands.label(set(emoji), 0, set(emoji).length), "96 bytes, 24 characters: whole");
        assertEquals("SET k " + emoji + "…", StreamCommands.label(set(emoji + "x"), 0, set(emoji + "x").length));
        assertEquals("SET k a·b", StreamCommands.label(set("a\nb"), 0, set("a\nb").length), "control characters shown as dots");
    }

    /** SET k {@code value}, as RESP in UTF-8. */
    private static byte[] set(String value) {
        int length = value.getBytes(StandardCharsets.UTF_8).length;
        return ("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$" + length + "\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the bytes of an offset range, or none once the ring no longer holds them all")
    void bytesOfARange() {
        byte[] bytes = ascii(SELECT + SET);
        BacklogView backlog = new BacklogView(1024, 1, bytes.length, bytes.length, bytes, 0, new long[] {1, 24});
        assertArrayEquals(ascii(SET), StreamCommands.bytes(backlog, 24, 50));
        assertNull(StreamCommands.bytes(backlog, 0, 10));
        assertNull(StreamCommands.bytes(backlog, 40, 51));
    }

    @Test
    @DisplayName("no backlog, or an empty one, holds no commands")
    void empty() {
        assertEquals(List.of(), StreamCommands.of(null));
        assertEquals(List.of(), StreamCommands.of(new BacklogView(300, 1, 0, 0, new byte[0], 0, new long[0])));
    }

    /**
     * The view a snapshot takes of a backlog: its bytes in the middle of a larger array, as
     * snapshots share one (other bytes before and after them).
     */
    private static BacklogView view(ReplicationBacklog backlog) {
        byte[] stream = new byte[(int) backlog.histlen() + 10];
        Arrays.fill(stream, (byte) '*');
        if (backlog.histlen() > 0) {
            backlog.copy(backlog.firstByteOffset(), backlog.masterOffset(), stream, 3);
        }
        return new BacklogView(backlog.sizeBytes(), backlog.firstByteOffset(), backlog.histlen(), backlog.masterOffset(),
                stream, 3, backlog.writeStarts());
    }

    private static byte[] set(String key, String value) {
        return ascii("*3\r\n$3\r\nSET\r\n$" + key.length() + "\r\n" + key + "\r\n$" + value.length() + "\r\n" + value + "\r\n");
    }

    /** Reads the backlog's view as the panel does, frame after frame, and checks it against a full read. */
    private static final class Frames {
        BacklogView earlier;
        List<StreamCommand> commands = List.of();

        List<StreamCommand> next(BacklogView backlog) {
            List<StreamCommand> read = StreamCommands.of(backlog, earlier, commands);
            assertEquals(StreamCommands.of(backlog), read, "read since the last frame = read whole");
            earlier = backlog;
            commands = read;
            return read;
        }
    }

    @Test
    @DisplayName("read frame after frame, a ring gives the same commands as read whole: as it wraps, trims, shrinks and grows")
    void readSinceTheLastFrame() {
        ReplicationBacklog backlog = new ReplicationBacklog(200, 0);
        Frames frames = new Frames();
        for (int i = 0; i < 60; i++) {
            // Commands of varying sizes, so the ring wraps inside commands and trims several at once.
            backlog.append(set("k" + i, "v".repeat(i % 7 * 9)));
            if (i % 3 != 0) {
                backlog.append(set("n" + i, "w"));
            }
            frames.next(view(backlog));
            if (i == 30) {
                backlog.resize(90);
                frames.next(view(backlog));
            }
            if (i == 45) {
                backlog.resize(400);
                frames.next(view(backlog));
            }
        }
    }

    @Test
    @DisplayName("read frame after frame, a command already read is taken over, and only the new ones are read")
    void commandsReadBeforeAreKept() {
        ReplicationBacklog backlog = new ReplicationBacklog(1024, 0);
        backlog.append(set("a", "1"));
        backlog.append(set("b", "2"));
        Frames frames = new Frames();
        List<StreamCommand> before = frames.next(view(backlog));
        backlog.append(set("c", "3"));
        List<StreamCommand> after = frames.next(view(backlog));
        assertSame(before.get(0), after.get(0));
        assertSame(before.get(1), after.get(1));
        assertEquals("SET c 3", after.get(2).label());
    }

    @Test
    @DisplayName("after a reset, a new cluster or a full resync, the same offsets hold other commands: they are read again")
    void sameOffsetsOtherBytes() {
        ReplicationBacklog first = new ReplicationBacklog(1024, 0);
        first.append(set("a", "1"));
        first.append(set("b", "2"));
        Frames frames = new Frames();
        frames.next(view(first));
        ReplicationBacklog other = new ReplicationBacklog(1024, 0);
        other.append(set("x", "9"));
        other.append(set("y", "8"));
        assertEquals(List.of("SET x 9", "SET y 8"), frames.next(view(other)).stream().map(StreamCommand::label).toList());
        ReplicationBacklog resynced = new ReplicationBacklog(1024, 27);
        resynced.append(set("z", "7"));
        assertEquals(List.of("SET z 7"), frames.next(view(resynced)).stream().map(StreamCommand::label).toList());
        frames.next(new BacklogView(1024, 1, 0, 0, new byte[0], 0, new long[0]));
        frames.next(view(first));
    }

    @Test
    @DisplayName("read frame after frame, a command whose beginning the ring overwrote since becomes cut")
    void becomesCut() {
        byte[] bytes = ascii(SET + SET);
        Frames frames = new Frames();
        frames.next(new BacklogView(64, 100, bytes.length, 99 + bytes.length, bytes, 0, new long[] {100, 127}));
        byte[] tail = ascii(SET.substring(10) + SET);
        List<StreamCommand> read = frames.next(new BacklogView(64, 110, tail.length, 109 + tail.length, tail, 0, new long[] {100, 127}));
        assertEquals(new StreamCommand(110, 126, "…", true), read.get(0));
    }

    @Test
    @DisplayName("read frame after frame past the bound of commands read, the newest are kept")
    void manyCommands() {
        ReplicationBacklog backlog = new ReplicationBacklog(100_000, 0);
        Frames frames = new Frames();
        for (int i = 0; i < StreamCommands.MAX_COMMANDS + 500; i++) {
            backlog.append(set("k" + i, "v"));
            if (i % 250 == 0) {
                frames.next(view(backlog));
            }
        }
        List<StreamCommand> read = frames.next(view(backlog));
        assertEquals(StreamCommands.MAX_COMMANDS, read.size());
        assertEquals("SET k" + (StreamCommands.MAX_COMMANDS + 499) + " v", read.get(read.size() - 1).label());
    }
}
