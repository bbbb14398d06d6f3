package com.replicationlab.store.commands.keys;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@DisplayName("KEYS glob patterns match what redis-server 7.0.15 matches")
class GlobPatternTest {
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
        GlobPattern glob = new GlobPattern(pattern.getBytes(StandardCharsets.UTF_8));
        String matched = KEYS.stream()
                .filter(key -> glob.matches(key.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, matched);
    }

    @ParameterizedTest(name = "a long run of stars over a non-matching text ends quickly: {0}")
    @CsvSource({"40", "200"})
    void starsDoNotBacktrackForever(int stars) {
        String pattern = "a*".repeat(stars) + "b";
        GlobPattern glob = new GlobPattern(pattern.getBytes(StandardCharsets.UTF_8));
        byte[] text = "a".repeat(stars * 2).getBytes(StandardCharsets.UTF_8);
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(1), () -> glob.matches(text)));
    }
}
