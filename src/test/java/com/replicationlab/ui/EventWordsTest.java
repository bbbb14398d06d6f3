package com.replicationlab.ui;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.InFlightPacket;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.Wording;
import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The lab's events in the window's language")
class EventWordsTest {
    /** What a pending event said, in English and as a wording, while it was the next event. */
    private record Said(String english, Wording wording) {}

    /** Notes of a replica on its stream that the tour does not make: StreamReassemblyTest checks their words. */
    private static final Set<String> STREAM_NOTES_CHECKED_ELSEWHERE = Set.of("event.gapDropsConnection",
            "event.noRoomToHold", "event.holdsUntilStreamStart", "event.fillsGap", "event.keepsBytesItLacked");
    /** What came of a script's expectations and refused actions: ExpectWordsTest checks their words. */
    private static final Set<String> OUTCOME_NOTES_CHECKED_ELSEWHERE = Set.of("event.expectPassed", "event.expectFailed",
            "event.actionFailed");
    private static final List<TraceRecord> RECORDS = new ArrayList<>();
    private static final List<Said> NEXT_EVENTS = new ArrayList<>();

    /** A lab run through every kind of event and fault the lab words, stepping to see each next event. */
    @BeforeAll
    static void tour() {
        Lab lab = Lab.create(new ClusterSpec(2, 10, 7, 1024 * 1024, "resend"));
        steps(lab, 1500);
        // replica-2's FIN is lost on the cut link: the master's next write meets a closed connection.
        lab.killLink("master", "replica-2");
        lab.crash("replica-2");
        lab.healLink("master", "replica-2");
        lab.command("master", List.of("SET", "h", "8"));
        steps(lab, 500);
        // A diskless sync after a delay: keepalives, then the RDB streamed.
        lab.config("master", "repl-diskless-sync", "yes");
        lab.config("master", "repl-diskless-sync-delay", "1");
        lab.restart("replica-2");
        holdFullResync(lab);
        steps(lab, 1000);
        lab.release("master", "replica-2");
        steps(lab, 1500);
        lab.command("master", List.of("SET", "greeting", "hello"));
        lab.holdNext("master", "replica-1");
        lab.command("master", List.of("SET", "a", "1"));
        steps(lab, 50);
        lab.release("master", "replica-1");
        lab.dropNext("master", "replica-1");
        lab.duplicateNext("master", "replica-2");
        lab.command("master", List.of("SET", "b", "2"));
        lab.command("master", List.of("SET", "b2", "2"));
        steps(lab, 2500);
        lab.dropRate("master", "replica-2", 100);
        lab.command("master", List.of("SET", "c", "3"));
        steps(lab, 50);
        lab.dropRate("master", "replica-2", 0);
        lab.delay("master", "replica-1", 30);
        lab.jitter("master", "replica-1", 5);
        lab.command("master", List.of("MULTI"));
        lab.command("master", List.of("SET", "d", "4"));
        lab.command("master", List.of("SET", "e", "5"));
        lab.command("master", List.of("EXEC"));
        long id = lab.packetsInFlight().get(0).packet().id();
        lab.holdPacket(id);
        lab.deliverPacket(id);
        lab.command("master", List.of("SET", "f", "6"));
        lab.dropPacket(lab.packetsInFlight().get(0).packet().id());
        lab.clearFaults("master", "replica-1");
        lab.command("master", List.of("WAIT", "3", "200"));
        steps(lab, 1000);
        lab.holdNext("master", "replica-1");
        lab.command("master", List.of("SET", "held", "then closed"));
        steps(lab, 20);
        lab.closeLink("master", "replica-1");
        steps(lab, 2000);
        lab.killLink("master", "replica-2");
        lab.command("master", List.of("SET", "g", "7"));
        steps(lab, 100);
        lab.closeLink("master", "replica-2");
        steps(lab, 2000);
        lab.healLink("master", "replica-2");
        steps(lab, 2000);
        lab.crash("master");
        steps(lab, 2500);
        lab.promote("replica-1");
        steps(lab, 3000);
        RECORDS.addAll(lab.trace().records());
    }

    /** Holds the master's +FULLRESYNC to replica-2, so that the RDB sent after it waits behind it. */
    private static void holdFullResync(Lab lab) {
        for (int i = 0; i < 10_000; i++) {
            for (InFlightPacket flight : lab.packetsInFlight()) {
                if (flight.packet().to().equals("replica-2") && flight.packet().label().startsWith("+FULLRESYNC")) {
                    lab.holdPacket(flight.packet().id());
                    return;
                }
            }
            NEXT_EVENTS.add(new Said(lab.nextEvent().description(), lab.nextEvent().wording()));
            lab.step();
        }
        throw new AssertionError("no full resync");
    }

    private static void steps(Lab lab, long ms) {
        long until = lab.elapsedMs() + ms;
        while (lab.nextEvent() != null && lab.nextEvent().atMs() - lab.clock().nowMs() + lab.elapsedMs() <= until) {
            LabEvent next = lab.nextEvent();
            NEXT_EVENTS.add(new Said(next.description(), next.wording()));
            lab.step();
        }
        lab.advance(Math.max(0, until - lab.elapsedMs()));
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EventWordsTest.class.getResourceAsStream("/com/replicationlab/ui/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Said> everythingSaid() {
        List<Said> said = new ArrayList<>(NEXT_EVENTS);
        RECORDS.forEach(r -> said.add(new Said(r.text(), r.wording())));
        return said;
    }

    @Test
    @DisplayName("in English, every record and next event worded from the bundle reads exactly as the lab's trace")
    void englishIsTheTrace() {
        I18n english = new I18n(Locale.ENGLISH);
        for (Said said : everythingSaid()) {
            assertEquals(said.english(), EventWords.words(said.wording(), said.english(), english));
        }
        for (TraceRecord record : RECORDS) {
            assertEquals(record.format(), EventWords.line(record, english));
        }
    }

    @Test
    @DisplayName("the tour says every event the bundles word")
    void everyWordingIsSaid() throws IOException {
        Set<String> said = new TreeSet<>(STREAM_NOTES_CHECKED_ELSEWHERE);
        said.addAll(OUTCOME_NOTES_CHECKED_ELSEWHERE);
        everythingSaid().stream().filter(s -> s.wording() != null).forEach(s -> said.add("event." + s.wording().key()));
        Set<String> worded = new TreeSet<>();
        for (String key : bundle("messages.properties").stringPropertyNames()) {
            if (key.startsWith("event.") && !key.startsWith("event.kind.") && !key.startsWith("event.timer.")) {
                worded.add(key);
            }
        }
        assertEquals(worded, said);
    }

    @Test
    @DisplayName("in Chinese, each kind of event has its own word")
    void chineseKinds() {
        Map<TraceKind, String> expected = new EnumMap<>(Map.ofEntries(
                Map.entry(TraceKind.ACTION, "操作"), Map.entry(TraceKind.SENT, "发送"),
                Map.entry(TraceKind.DELIVERED, "送达"), Map.entry(TraceKind.DROPPED, "丢失"),
                Map.entry(TraceKind.DISCARDED, "丢弃"), Map.entry(TraceKind.HELD, "扣留"),
                Map.entry(TraceKind.TIMER, "定时"), Map.entry(TraceKind.COMMAND, "命令"),
                Map.entry(TraceKind.NODE, "节点"), Map.entry(TraceKind.FAULT, "故障"),
                Map.entry(TraceKind.EXPECT, "检查")));
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        for (TraceKind kind : TraceKind.values()) {
            TraceRecord record = new TraceRecord(1, 1500, kind, "master", "data", 0);
            assertEquals(String.format("     1.500  %-9s master     data", expected.get(kind)),
                    EventWords.line(record, chinese), kind.name());
        }
    }

    @Test
    @DisplayName("in Chinese, the lab's events and packet labels keep no English words: only commands, nodes and numbers")
    void chineseHasNoEnglishWords() throws IOException {
        // Commands, settings and protocol words are the same in every language, and so is cron.
        Set<String> untranslated = Set.of("cron", "GETACK", "WAIT", "drop", "next", "RDB", "FIN");
        Properties chinese = bundle("messages_zh_CN.properties");
        Pattern word = Pattern.compile("[A-Za-z]{2,}");
        for (String key : chinese.stringPropertyNames()) {
            if (key.startsWith("event.") || key.startsWith("packet.")) {
                Matcher english = word.matcher(chinese.getProperty(key).replaceAll("\\{\\d}", ""));
                while (english.find()) {
                    assertTrue(untranslated.contains(english.group()), key + ": " + english.group());
                }
            }
        }
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        for (Said said : everythingSaid()) {
            if (said.wording() != null) {
                assertFalse(EventWords.words(said.wording(), said.english(), i18n).startsWith("⟨"), said.english());
            }
        }
    }

    @Test
    @DisplayName("in Chinese, the next event reads '送达 #12 master->replica-1 SET greeting hello · 54 B', a timer 'replica-1：心跳'")
    void chineseNextEvents() {
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        Said deliver = NEXT_EVENTS.stream().filter(s -> s.english().contains("SET greeting hello")).findFirst().orElseThrow();
        assertNotNull(deliver.wording());
        assertEquals(deliver.english().replace("deliver #", "送达 #"), EventWords.words(deliver.wording(), deliver.english(), chinese));
        Said heartbeat = NEXT_EVENTS.stream().filter(s -> s.english().equals("replica-1: heartbeat")).findFirst().orElseThrow();
        assertEquals("replica-1：心跳", EventWords.words(heartbeat.wording(), heartbeat.english(), chinese));
        Said lose = NEXT_EVENTS.stream().filter(s -> s.english().startsWith("lose #") && s.english().contains(" SET "))
                .findFirst().orElseThrow();
        assertEquals(lose.english().replace("lose #", "丢失 #"), EventWords.words(lose.wording(), lose.english(), chinese));
    }

    @Test
    @DisplayName("in Chinese, a batch of commands says how many more in Chinese, inside an event too")
    void chineseBatch() {
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        TraceRecord batch = RECORDS.stream().filter(r -> r.kind() == TraceKind.SENT && r.text().contains("MULTI … +"))
                .findFirst().orElseThrow();
        String words = EventWords.words(batch.wording(), batch.text(), chinese);
        assertTrue(words.contains("MULTI … 另 3 条 · "), words);
    }

    @Test
    @DisplayName("in Chinese, a packet's words are Chinese inside an event: a re-send, a copy, a FIN, a streamed RDB")
    void chinesePacketLabels() {
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> seen = new TreeMap<>();
        for (TraceRecord record : RECORDS) {
            if (record.kind() == TraceKind.SENT && record.wording() != null) {
                seen.put(record.text(), EventWords.words(record.wording(), record.text(), chinese));
            }
        }
        assertSaid(seen, "re-send ", "重发 ");
        assertSaid(seen, " (copy)", "（副本）");
        assertSaid(seen, "FIN (connection closed)", "FIN（连接关闭）");
        assertSaid(seen, "RDB (streamed)", "RDB（流式传输）");
        assertSaid(seen, "keepalive \\n", "保活 \\n");
    }

    /** Some record said {@code english} and, in Chinese, {@code chinese} in its place. */
    private static void assertSaid(Map<String, String> seen, String english, String chinese) {
        Map.Entry<String, String> said = seen.entrySet().stream().filter(e -> e.getKey().contains(english)).findFirst()
                .orElseThrow(() -> new AssertionError("no record says " + english));
        assertEquals(said.getKey().replace(english, chinese), said.getValue());
    }

    @Test
    @DisplayName("the script's own records name it in the window's language; a node's name stays as it is")
    void scriptSource() {
        TraceRecord expectation = new TraceRecord(1, 1500, TraceKind.EXPECT, "script", "passed expect x", 0);
        assertEquals("     1.500  检查        脚本         passed expect x", EventWords.line(expectation, new I18n(Locale.SIMPLIFIED_CHINESE)));
        assertEquals(expectation.format(), EventWords.line(expectation, new I18n(Locale.ENGLISH)));
        TraceRecord fromANode = new TraceRecord(1, 1500, TraceKind.NODE, "replica-1", "sync", 0);
        assertTrue(EventWords.line(fromANode, new I18n(Locale.SIMPLIFIED_CHINESE)).contains(" replica-1  "));
    }

    @Test
    @DisplayName("a timer the window has no words for keeps its own name")
    void unknownTimer() {
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertEquals("master：evict", EventWords.words(new Wording("timerDue", "master", "evict"), "master: evict", chinese));
    }
}
