package com.replicationlab.ui;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.Wording;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.Session;
import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("What came of an expectation, in the window's language")
class ExpectWordsTest {
    /** Words said outside a script's outcomes (a cluster line or a step back refused, a prediction with no answer): ScriptPerformerTest, LabViewModelTest and NoAnswerWordsTest word them. */
    private static final Set<String> WORDED_ELSEWHERE = Set.of("outcome.clusterInWindow",
            "outcome.changedFromOutside", "outcome.replayMissed", "outcome.answerNotANumber", "outcome.answerNoValue",
            "outcome.scenarioDoesNotParse");
    /** Two letters in a row: a word of English, once the data (fields, values, replies, nodes) is taken out. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");
    private static final I18n ENGLISH_WORDS = new I18n(Locale.ENGLISH);
    private static final I18n CHINESE_WORDS = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final List<Outcome> OUTCOMES = new ArrayList<>();
    private static final List<TraceRecord> NOTES = new ArrayList<>();

    /** Every kind of expectation, passing and failing, every reason a field has no value, the lab's refusals and steps. */
    @BeforeAll
    static void tour() throws ScriptException {
        Session session = new Session();
        perform(session, "cluster replicas=1");
        perform(session, "advance 2s");
        perform(session, "expect replica-1.offset == master.offset");
        perform(session, "expect master.offset > 100");
        perform(session, "expect master.offset == replica-1.offset + 33");
        perform(session, "expect replica-1.master_link_status == \"up\"");
        perform(session, "expect master.role < 5");
        perform(session, "expect \"a\" < 5");
        perform(session, "expect 10 > 9");
        perform(session, "expect \"a\" == \"b\"");
        perform(session, "expect master.no_such_field == 1");
        perform(session, "expect master.lag < 5");
        perform(session, "expect master.offset + master.role > 1");
        perform(session, "expect master> SET greeting hello == \"OK\"");
        perform(session, "expect replica-1> GET greeting == \"bye\"");
        perform(session, "run until replica-1.offset == master.offset within 1s");
        perform(session, "run until master.offset > 1000 within 100ms");
        perform(session, "expect replica-9.offset == 1");
        perform(session, "crash replica-1");
        perform(session, "expect replica-1.offset + 1 > 0");
        perform(session, "expect replica-1.offset == nil");
        perform(session, "expect replica-1> GET greeting == \"hello\"");
        perform(session, "crash replica-1");
        perform(session, "restart master");
        perform(session, "promote master");
        perform(session, "kill link master");
        perform(session, "deliver packet 999");
        perform(session, "master> WAIT 5 0");
        perform(session, "step");
        perform(session, "step 3");
        perform(session, "recovery reconnect");
        session.lab().trace().records().stream().filter(r -> r.wording() != null && r.node().equals("script"))
                .forEach(NOTES::add);
    }

    private static void perform(Session session, String line) throws ScriptException {
        OUTCOMES.add(session.perform(ScriptParser.parseAction("test", line)));
    }

    @Test
    @DisplayName("in English, every outcome and every expectation's line read exactly as the script's outcome and the trace")
    void englishIsTheTrace() {
        for (Outcome outcome : OUTCOMES) {
            assertEquals(outcome.detail(), EventWords.outcome(outcome.wording(), outcome.detail(), ENGLISH_WORDS));
        }
        assertTrue(NOTES.stream().anyMatch(r -> r.kind() == TraceKind.EXPECT && r.text().startsWith("FAILED ")));
        assertTrue(NOTES.stream().anyMatch(r -> r.kind() == TraceKind.EXPECT && r.text().startsWith("passed ")));
        for (TraceRecord note : NOTES) {
            assertEquals(note.text(), EventWords.words(note.wording(), note.text(), ENGLISH_WORDS));
            assertEquals(note.format(), EventWords.line(note, ENGLISH_WORDS));
        }
    }

    @Test
    @DisplayName("in Chinese, 'passed', 'FAILED', 'is', 'replied', 'it holds' are Chinese; the line as typed stays as typed")
    void chineseExamples() {
        assertEquals("通过 expect replica-1.offset == master.offset — replica-1.offset 为 14，master.offset 为 14",
                chinese("passed expect replica-1.offset == master.offset"));
        assertEquals("未通过 expect master.offset > 100 — master.offset 为 14", chinese("FAILED expect master.offset > 100"));
        assertEquals("未通过 expect replica-1> GET greeting == \"bye\" — replica-1 回复 (nil)",
                chinese("FAILED expect replica-1> GET greeting"));
        assertEquals("通过 expect 10 > 9 — 成立", chinese("passed expect 10 > 9"));
        assertEquals("未通过 expect replica-1.offset + 1 > 0 — replica-1.offset 没有值：replica-1 已宕机",
                chinese("FAILED expect replica-1.offset + 1 > 0"));
        String runUntil = chinese("passed run until replica-1.offset");
        assertTrue(runUntil.matches("通过 run until replica-1\\.offset == master\\.offset within 1s — \\d+\\.\\d{3} 秒后成立："
                + "replica-1\\.offset 为 \\d+，master\\.offset 为 \\d+"), runUntil);
    }

    /** The Chinese words of the note whose English starts with {@code english}. */
    private static String chinese(String english) {
        TraceRecord note = NOTES.stream().filter(r -> r.text().startsWith(english)).findFirst()
                .orElseThrow(() -> new AssertionError("no note says " + english));
        return EventWords.words(note.wording(), note.text(), CHINESE_WORDS);
    }

    @Test
    @DisplayName("in Chinese, an expectation's pass, fail and detail, a refusal and a step keep no English words: only data")
    void chineseHasNoEnglishWords() {
        for (TraceRecord note : NOTES) {
            if (note.kind() == TraceKind.EXPECT) {
                assertNoEnglish(EventWords.words(note.wording(), note.text(), CHINESE_WORDS), note.wording());
            }
        }
        for (Outcome outcome : OUTCOMES) {
            if (outcome.status() != Outcome.Status.DONE || outcome.wording() != null) {
                assertNoEnglish(EventWords.outcome(outcome.wording(), outcome.detail(), CHINESE_WORDS), outcome.wording());
            }
        }
    }

    /** {@code words}, with the data its wording carries taken out, has no English word left. */
    private static void assertNoEnglish(String words, Wording wording) {
        assertTrue(wording != null, () -> "no wording for " + words);
        List<String> data = new ArrayList<>();
        collectData(wording, data);
        String left = words;
        for (String datum : data.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            left = left.replace(datum, "");
        }
        Matcher english = ENGLISH.matcher(left);
        assertFalse(english.find(), () -> "'" + english.group() + "' in " + words);
        assertFalse(words.contains("⟨"), words);
    }

    private static void collectData(Wording wording, List<String> data) {
        for (Object arg : wording.args()) {
            if (arg instanceof Wording part) {
                collectData(part, data);
            } else {
                data.add((String) arg);
            }
        }
    }

    @Test
    @DisplayName("the Chinese bundle's outcome words are Chinese, and the tour says every one of them")
    void everyOutcomeWordIsChineseAndSaid() throws IOException {
        Properties chinese = new Properties();
        try (InputStream in = ExpectWordsTest.class.getResourceAsStream("/com/replicationlab/ui/i18n/messages_zh_CN.properties")) {
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> inBundle = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            if (key.startsWith("outcome.") && !WORDED_ELSEWHERE.contains(key)) {
                inBundle.add(key);
                String words = chinese.getProperty(key).replaceAll("\\{\\d}", "");
                assertFalse(ENGLISH.matcher(words).find(), key + "=" + words);
            }
        }
        Set<String> said = new TreeSet<>();
        OUTCOMES.stream().filter(o -> o.wording() != null).forEach(o -> collectKeys(o.wording(), said));
        said.removeAll(WORDED_ELSEWHERE);
        assertEquals(inBundle, said);
    }

    /** The outcome keys a wording uses: its own and its parts' (a step's event is an event's wording, not an outcome's). */
    private static void collectKeys(Wording wording, Set<String> keys) {
        keys.add("outcome." + wording.key());
        if (!wording.key().equals("stepped") && !wording.key().equals("ranEvents")) {
            wording.args().stream().filter(Wording.class::isInstance).forEach(part -> collectKeys((Wording) part, keys));
        }
    }
}
