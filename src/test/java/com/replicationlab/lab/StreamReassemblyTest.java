package com.replicationlab.lab;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Stream reassembly: the usual packet is taken as it is, anything else is sorted out")
class StreamReassemblyTest {

    /** A reassembly that knows the stream starts at offset 101 (after +FULLRESYNC ... 100). */
    private static StreamReassembly startedAt101() {
        StreamReassembly stream = new StreamReassembly();
        stream.observeInbound(ascii("+FULLRESYNC 8de1787ba490483314a4d30f1c628bc5025eb761 100\r\n"));
        assertEquals(101, stream.nextOffset());
        return stream;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("the very next bytes, with nothing held, are taken and the next offset moves past them")
    void takesTheVeryNextBytes() {
        StreamReassembly stream = startedAt101();
        assertTrue(stream.takeNext(101, new byte[10]));
        assertEquals(111, stream.nextOffset());
        assertTrue(stream.takeNext(111, new byte[5]));
        assertEquals(116, stream.nextOffset());
    }

    @Test
    @DisplayName("bytes past a gap, bytes it already has, empty bytes and bytes before the start is known are not taken")
    void takesNothingElse() {
        StreamReassembly unknown = new StreamReassembly();
        assertFalse(unknown.takeNext(101, new byte[10]), "where the stream starts is not known yet");

        StreamReassembly stream = startedAt101();
        assertFalse(stream.takeNext(111, new byte[10]), "a gap at 101");
        assertFalse(stream.takeNext(91, new byte[10]), "bytes it already has");
        assertFalse(stream.takeNext(101, new byte[0]), "nothing to take");
        assertEquals(101, stream.nextOffset(), "refusing takes nothing");
    }

    @Test
    @DisplayName("while bytes past a gap are held, even the next bytes go through accept, which passes the held ones on after them")
    void heldBytesSendTheNextBytesThroughAccept() {
        StreamReassembly stream = startedAt101();
        byte[] later = new byte[10];
        StreamReassembly.Outcome held = stream.accept(111, later, () -> false);
        assertEquals(List.of(), held.deliver());
        assertEquals("holds 111..120 past a gap at 101", held.note());

        byte[] gap = new byte[10];
        assertFalse(stream.takeNext(101, gap), "something is held");
        StreamReassembly.Outcome filled = stream.accept(101, gap, () -> false);
        assertEquals(2, filled.deliver().size());
        assertSame(gap, filled.deliver().get(0));
        assertSame(later, filled.deliver().get(1));
        assertEquals(121, stream.nextOffset());
        assertTrue(stream.takeNext(121, new byte[1]), "nothing is held any more");
    }

    @Test
    @DisplayName("accept still passes the very next bytes on as they are, with nothing to note")
    void acceptPassesTheNextBytesOn() {
        StreamReassembly stream = startedAt101();
        byte[] bytes = new byte[10];
        StreamReassembly.Outcome outcome = stream.accept(101, bytes, () -> false);
        assertEquals(1, outcome.deliver().size());
        assertSame(bytes, outcome.deliver().get(0));
        assertNull(outcome.note());
        assertFalse(outcome.closeConnection());
        assertEquals(111, stream.nextOffset());
    }

    @Test
    @DisplayName("each note is also a wording, which the window's English words read exactly as the note")
    void notesAreWorded() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/com/replicationlab/ui/i18n/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        StreamReassembly gappy = startedAt101();
        List<StreamReassembly.Outcome> outcomes = List.of(
                new StreamReassembly().accept(101, new byte[10], () -> false),
                gappy.accept(111, new byte[10], () -> false),
                gappy.accept(101, new byte[10], () -> false),
                startedAt101().accept(111, new byte[10], () -> true),
                startedAt101().accept(111, new byte[(int) StreamReassembly.MAX_HELD_BYTES + 1], () -> false),
                startedAt101().accept(91, new byte[10], () -> false),
                startedAt101().accept(96, new byte[10], () -> false));
        List<String> keys = new ArrayList<>();
        for (StreamReassembly.Outcome outcome : outcomes) {
            Wording wording = outcome.noteWording();
            keys.add(wording.key());
            List<Object> args = new ArrayList<>(List.of("replica-1"));
            args.addAll(wording.args());
            String pattern = english.getProperty("event." + wording.key());
            assertEquals("replica-1 " + outcome.note(), new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray()));
        }
        assertEquals(List.of("holdsUntilStreamStart", "holdsPastGap", "fillsGap", "gapDropsConnection", "noRoomToHold",
                "discardsBytesItHas", "keepsBytesItLacked"), keys);
    }
}
