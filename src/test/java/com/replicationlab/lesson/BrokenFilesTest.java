package com.replicationlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.ScriptText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A broken scenario or lesson file is refused with file:line:column and plain words")
class BrokenFilesTest {
    private static final String LESSON_START = "# Title\n\n## Step one\n\n";
    private static final String VERBS = "(verbs: cluster, config, drop, duplicate, hold, release, delay, jitter, kill, "
            + "heal, close, clear, crash, restart, promote, advance, step, expect, run, recovery, deliver; or NODE> COMMAND)";

    /** Latin-1 bytes: "\u00e9" is the single byte 0xE9, which UTF-8 never has on its own. */
    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                arguments("an unknown verb", "cluster replicas=1\nfrobnicate master\n",
                        "broken.lab:2:1: unknown verb 'frobnicate' " + VERBS),
                arguments("a bad duration", "cluster replicas=1\nadvance 12parsecs\n",
                        "broken.lab:2:9: '12parsecs' is not a duration (write e.g. 500ms or 2s)"),
                arguments("a percentage over 100", "cluster replicas=1\ndrop rate 300% master->replica-1\n",
                        "broken.lab:2:11: '300%' is not a percentage (write e.g. 30%, from 0% to 100%)"),
                arguments("a negative latency", "cluster replicas=1 latency=-5ms\n",
                        "broken.lab:1:28: '-5ms' is not a duration (write e.g. 500ms or 2s)"),
                arguments("an overflowing number", "delay master->replica-1 99999999999999999999ms\n",
                        "broken.lab:1:25: '99999999999999999999ms' is not a duration (write e.g. 500ms or 2s)"),
                arguments("an unknown node", "cluster replicas=1\nreplica-7> GET k\n",
                        "broken.lab:2:1: unknown node 'replica-7' (nodes: master, replica-1) — did you mean 'replica-1'?"),
                arguments("an unclosed quote", "cluster replicas=1\nexpect replica-1> GET k == \"v\n",
                        "broken.lab:2:28: unbalanced quotes: the double quote is never closed"),
                arguments("a file in Latin-1, not UTF-8", "cluster replicas=1\nmaster> SET k caf\u00e9\n",
                        "broken.lab:2:18: the file is not UTF-8 text: byte 0xE9 here is not part of a UTF-8 character; "
                                + "save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("scenario files")
    void scenario(String what, String text, String message) {
        ScriptException e = assertThrows(ScriptException.class,
                () -> ScriptParser.parse("broken.lab", ScriptText.decode("broken.lab", latin1(text))));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> lessons() {
        String file = "99-broken.md:";
        return Stream.of(
                arguments("an unknown verb", LESSON_START + "```lab\ncluster replicas=1\nfrobnicate\n```\n",
                        file + "7:1: unknown verb 'frobnicate' " + VERBS),
                arguments("a bad duration", LESSON_START + "```lab\ncluster replicas=1\nadvance 5parsecs\n```\n",
                        file + "7:9: '5parsecs' is not a duration (write e.g. 500ms or 2s)"),
                arguments("an unknown node", LESSON_START + "```lab\ncluster replicas=1\nreplica-9> GET k\n```\n",
                        file + "7:1: unknown node 'replica-9' (nodes: master, replica-1) — did you mean 'replica-1'?"),
                arguments("an unclosed fence", LESSON_START + "```lab\ncluster replicas=1\n",
                        file + "5:1: the lab block opened here is never closed (it needs a closing ```)"),
                arguments("an unknown block kind", LESSON_START + "```lba\ncluster replicas=1\n```\n",
                        file + "5:1: unknown block kind 'lba' (kinds: lab, task, solution, quiz, predict, notes; "
                                + "a fence with no kind shows code)"),
                arguments("a file in Latin-1, not UTF-8", LESSON_START + "Caf\u00e9 prose.\n",
                        file + "5:4: the file is not UTF-8 text: byte 0xE9 here is not part of a UTF-8 character; "
                                + "save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("lesson files, read as the course reads them")
    void lesson(String what, String text, String message, @TempDir Path dir) throws IOException {
        Path file = Files.createDirectories(dir.resolve("lessons/en")).resolve("99-broken.md");
        Files.write(file, latin1(text));
        LessonFile read = CourseLoader.read(file);
        assertFalse(read.readable());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertEquals(file.getParent() + "/" + message, read.problems().get(0).toString());
    }
}
