package com.replicationlab.ui.console;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Console: arguments split as redis-cli splits them")
class ArgumentsTest {

    @Test
    @DisplayName("words apart by spaces; double quotes with escapes; single quotes taken as they are")
    void splits() {
        assertEquals(List.of("SET", "k", "v"), Arguments.split("  SET k   v "));
        assertEquals(List.of("SET", "k", "two words"), Arguments.split("SET k \"two words\""));
        assertEquals(List.of("SET", "k", "a\nb\t\"c\"\\"), Arguments.split("SET k \"a\\nb\\t\\\"c\\\"\\\\\""));
        assertEquals(List.of("SET", "k", "é"), Arguments.split("SET k \"\\xc3\\xa9\""));
        assertEquals(List.of("SET", "k", "it's \\n"), Arguments.split("SET k 'it\\'s \\n'"));
        assertEquals(List.of("SET", "k", ""), Arguments.split("SET k \"\""));
        assertEquals(List.of("SET", "键", "值"), Arguments.split("SET 键 值"));
    }

    @Test
    @DisplayName("unbalanced quotes, or a quote closed inside a word, are refused as redis-cli refuses them")
    void refuses() {
        assertEquals("Invalid argument(s)", assertThrows(IllegalArgumentException.class,
                () -> Arguments.split("SET k \"open")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Arguments.split("SET k \"a\"b"));
    }
}
