package com.replicationlab.command;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlobTest {
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
    void matchesLikeRedis(String pattern, String text, boolean expected) {
        assertEquals(expected, Glob.matches(pattern, text, false));
    }
}
