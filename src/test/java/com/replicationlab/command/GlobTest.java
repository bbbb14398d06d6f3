package com.replicationlab.command;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Glob patterns match what redis-server 7.0.15 matches")
class GlobTest {
    private static boolean matches(String pattern, String text) {
        return Glob.matches(pattern.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8), false);
    }

    @ParameterizedTest(name = "''{0}'' against ''{1}'' is {2}")
    @CsvSource({
            "*, anything, true",
            "h?llo, hello, true",
            "h?llo, hllo, false",
            "h*llo, heeeello, true",
            "h[ae]llo, hallo, true",
            "h[ae]llo, hillo, false",
            "h[^e]llo, hallo, true",
            "h[^e]llo, hello, false",
            "h[a-b]llo, hbllo, true",
            "h\\*llo, h*llo, true",
            "h\\*llo, hello, false",
            "min-slaves-*, min-slaves-to-write, true",
            "a*b*c, aXbYc, true",
            "a*b*c, aXbY, false",
    })
    @DisplayName("the common forms")
    void matchesLikeRedis(String pattern, String text, boolean expected) {
        assertEquals(expected, Glob.matches(pattern, text, false));
    }

    @Nested
    @DisplayName("as KEYS uses them (case-sensitive)")
    class Keys {
        /** The keys a real server held when the expected answers below were captured with KEYS. */
        private static final List<String> KEYS = List.of("*", "-", "[", "]", "a", "a*", "a-", "aXbYb", "a\\b", "a]",
                "ab", "abc", "b", "h?llo", "hallo", "hello", "m", "x[", "z");

        @ParameterizedTest(name = "KEYS {0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "*       | * - [ ] a a* a- aXbYb a\\b a] ab abc b h?llo hallo hello m x[ z",
                "\\*     | *",
                "[       | ",
                "[^      | * - [ ] a b m z",
                "a[      | ",
                "[a-]    | ] a",
                "[]a]    | ",
                "[z-a]   | a b m z",
                "*a*b    | aXbYb a\\b ab",
                "h\\?llo | h?llo",
                "h?llo   | h?llo hallo hello",
                "[\\]]   | ]",
                "[abc    | a b",
                "[^a]    | * - [ ] b m z",
                "a\\     | ",
                "\\      | ",
                "a*\\*   | a*",
                "[a-c    | a b",
                "**b     | aXbYb a\\b ab b",
                "x\\[    | x[",
                "[\\-]   | -",
                "a[\\]   | a]",
        })
        void matchesLikeRedis(String pattern, String expected) {
            String matched = KEYS.stream()
                    .filter(key -> matches(pattern, key))
                    .collect(Collectors.joining(" "));
            assertEquals(expected == null ? "" : expected, matched);
        }

        @ParameterizedTest(name = "a long run of stars over a non-matching text ends quickly: {0}")
        @CsvSource({"40", "200"})
        void starsDoNotBacktrackForever(int stars) {
            String pattern = "a*".repeat(stars) + "b";
            String text = "a".repeat(stars * 2);
            assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(1), () -> matches(pattern, text)));
        }

        /** Captured with KEYS over one key of 1200 "a": Redis gives up below 1000 nested stars. */
        @ParameterizedTest(name = "{0} times ''{1}'' over 1200 ''a'' is {2}")
        @CsvSource({"999, *a, true", "1000, *a, true", "1001, *a, false", "1001, a*, true"})
        void nestingOfStarsIsBounded(int times, String piece, boolean expected) {
            assertEquals(expected, matches(piece.repeat(times), "a".repeat(1200)));
        }
    }

    @Nested
    @DisplayName("as CONFIG GET uses them (ignoring case)")
    class IgnoringCase {
        /** Captured with CONFIG GET; the names are ASCII, as every parameter name is. */
        @ParameterizedTest(name = "CONFIG GET {0} finds {1}: {2}")
        @CsvSource({
                "*ONLY, appendonly, true",
                "APPEND?NLY, appendonly, true",
                "MAXMEMORY-P[O-P]LICY, maxmemory-policy, true",
                "maxmemory-[o-p]olicy, maxmemory-policy, true",
                "[A]ppendonly, appendonly, true",
                "[A-A]ppendonly, appendonly, true",
                "[a-a]ppendonly, appendonly, true",
                "[\\A]ppendonly, appendonly, false",
                "[Z-a]ppendonly, appendonly, false",
                "[^Z-a]ppendonly, appendonly, true",
                "append[^O]nly, appendonly, false",
                "append[^N]nly, appendonly, true",
                "Append[N-N]nly, appendonly, false",
        })
        void matchesLikeConfigGet(String pattern, String name, boolean expected) {
            assertEquals(expected, Glob.matches(pattern, name, true));
        }

        @Test
        @DisplayName("only ASCII letters fold: Redis runs in the C locale, where Latin-1 \u00C9 is not \u00E9")
        void onlyAsciiFolds() {
            assertTrue(Glob.matches(new byte[] {'I'}, new byte[] {'i'}, true));
            assertFalse(Glob.matches(new byte[] {(byte) 0xC9}, new byte[] {(byte) 0xE9}, true));
        }
    }
}
