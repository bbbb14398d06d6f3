package com.replicationlab.store.commands.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected texts were captured from INCRBYFLOAT on redis-server 7.0.15 (x86-64). */
@DisplayName("INCRBYFLOAT's long double arithmetic")
class LongDoubleTest {

    private static LongDouble parse(String text) {
        return LongDoubleParser.parse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "10.50, 0.1, 10.6",
            "10.6, 5.0e3, 5010.60000000000000009",
            "0, 3, 3",
            "-0.1, 0.1, 0",
            "0, -0.1, -0.1",
            "0, 1e20, 100000000000000000000",
            "0, 123456789012345678901234567890, 123456789012345678899921813504",
    })
    void sums(String value, String increment, String expected) {
        assertEquals(expected, parse(value).plus(parse(increment)).toHumanString());
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
            "0.000003814697265625, 0.00000381469726562",
            "0.000001907348632812, 0.00000190734863281",
            "0.000011444091796875, 0.00001144409179688",
            "-0.0, 0",
            "0x10, 16",
            "0x1.8p1, 3",
            "0x.8, 0.5",
            "1e-4940, 0",
            "+5, 5",
            ".5, 0.5",
            "5., 5",
    })
    void textOfParsedNumbers(String text, String expected) {
        assertEquals(expected, parse(text).toHumanString());
    }

    @ParameterizedTest(name = "\"{0}\" is not a valid float")
    @ValueSource(strings = {"", "abc", " 1", "1 ", "nan", "NaN(1)", "1e4933", "1e-5000", "0x", "0x1p", "1e", ".",
            "- 1", "1,5", "0x1.8p99999", "1e99999999999"})
    void invalid(String text) {
        assertNull(parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is a valid, infinite float")
    @ValueSource(strings = {"inf", "-INF", "Infinity", "+infinity"})
    void infinities(String text) {
        assertFalse(parse(text).isFinite());
    }

    @Test
    @DisplayName("zero written with a huge exponent is still zero, not an underflow")
    void zeroWithExponent() {
        assertTrue(parse("0e-99999").isZero());
        assertTrue(parse("0x0p-99999").isZero());
    }

    @Test
    @DisplayName("text of 5120 characters or more is refused, as Redis's buffer is that size")
    void lengthLimit() {
        assertEquals("1", parse("0".repeat(5118) + "1").toHumanString());
        assertNull(parse("0".repeat(5119) + "1"));
    }

    @Test
    @DisplayName("the largest values print in full, and doubling one overflows")
    void nearTheTop() {
        LongDouble big = parse("1.1e4932");
        String text = big.toHumanString();
        assertEquals(4933, text.length());
        assertTrue(text.startsWith("10999999999999999999743731075282418176590308692790434077349880018"));
        assertTrue(text.endsWith("242088136704"));
        assertFalse(big.plus(big).isFinite());
    }
}
