package com.replicationlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.ScriptText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The scenario and lesson parsers, fed the real files of this repository with lines cut, doubled,
 * swapped and garbled, and random bytes: a file parses or is refused with its format exception
 * (file:line:column: words, or file:line:column for each lesson problem), never anything else.
 */
@Label("Scenario and lesson parsers under a fuzzer")
class FileParsersFuzzTest {
    private static final Pattern POSITION = Pattern.compile("^fuzz\\.(lab|md):\\d+:\\d+: \\S.*", Pattern.DOTALL);
    private static final List<String> SCENARIOS = linesOf(Path.of("scenarios"), ".lab");
    private static final List<String> LESSONS = linesOf(Path.of("lessons/en"), ".md");
    private static final List<String> JUNK = List.of("```", "```lab", "```task", "```quiz", "```predict", "## Step",
            "# Title", "- [x] yes", "- [ ] no", "answer: 1", "do: master> SET k v", "why: {answer}", "cluster replicas=9",
            "cluster replicas=-1", "advance 99999999999999999999ms", "replica-8> GET k", "expect master.offset ==",
            "\"", "'", "\\x", "\u0000", "\uFFFD", "é", "\t", "");

    private static List<String> linesOf(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property
    @Label("garbled scenarios: a script or a ScriptException at file:line:column")
    void scenarios(@ForAll("garbledScenarios") String text) {
        try {
            ScriptParser.parse("fuzz.lab", text);
        } catch (ScriptException expected) {
            assertTrue(POSITION.matcher(expected.getMessage()).matches(), expected.getMessage());
        }
    }

    @Example
    @Label("a lone carriage return ends a line, as in Markdown: the problem's line counts it")
    void loneCarriageReturn() {
        LessonFormatException refused = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("cr.md", "99-cr", "en", "# Title\r\rno step here"));
        assertEquals(3, refused.problems().get(0).line());
    }

    @Property
    @Label("garbled lessons: a lesson or a LessonFormatException whose every problem has its place")
    void lessons(@ForAll("garbledLessons") String text) {
        try {
            LessonParser.parse("fuzz.md", "99-fuzz", "en", text);
        } catch (LessonFormatException expected) {
            assertFalse(expected.problems().isEmpty());
            for (LessonProblem problem : expected.problems()) {
                // Lines end as Markdown's do: at \n, \r\n or a lone \r (noise can put a \r inside a line).
                assertTrue(problem.line() >= 1 && problem.line() <= text.split("\r\n|\r|\n", -1).length + 1,
                        problem.toString());
                assertFalse(problem.message().isBlank(), problem.toString());
            }
        }
    }

    @Property
    @Label("random bytes as a file: its text, or where the first byte that is not UTF-8 stands")
    void randomBytes(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            ScriptParser.parse("fuzz.lab", ScriptText.decode("fuzz.lab", bytes));
        } catch (ScriptException expected) {
            assertTrue(POSITION.matcher(expected.getMessage()).matches(), expected.getMessage());
        }
    }

    @Provide
    Arbitrary<String> garbledScenarios() {
        return garbled(SCENARIOS);
    }

    @Provide
    Arbitrary<String> garbledLessons() {
        return garbled(LESSONS);
    }

    /** A run of real lines, then up to six edits: cut, double, replace with junk, or garble one line. */
    private static Arbitrary<String> garbled(List<String> source) {
        Arbitrary<List<String>> run = Combinators.combine(Arbitraries.integers().between(0, source.size() - 1),
                        Arbitraries.integers().between(1, 80))
                .as((from, length) -> new ArrayList<>(source.subList(from, Math.min(source.size(), from + length))));
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0))
                .as((kind, at, value) -> new int[] {kind, at, value});
        return Combinators.combine(run, edit.list().ofMaxSize(6), Arbitraries.strings().ofMaxLength(8))
                .as(FileParsersFuzzTest::applyEdits);
    }

    private static String applyEdits(List<String> lines, List<int[]> edits, String noise) {
        for (int[] edit : edits) {
            if (lines.isEmpty()) {
                break;
            }
            int at = edit[1] % lines.size();
            switch (edit[0]) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, JUNK.get(edit[2] % JUNK.size()));
                default -> {
                    String line = lines.get(at);
                    int cut = line.isEmpty() ? 0 : edit[2] % line.length();
                    lines.set(at, line.substring(0, cut) + noise + line.substring(cut));
                }
            }
        }
        return String.join("\n", lines);
    }
}
