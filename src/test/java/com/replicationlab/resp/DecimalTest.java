package com.replicationlab.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Decimal")
class DecimalTest {

    private static long parse(String text) {
        ByteBuf buf = Unpooled.wrappedBuffer(("#" + text + "#").getBytes(StandardCharsets.US_ASCII));
        return Decimal.parse(buf, 1, text.length());
    }

    @Test
    @DisplayName("reads canonical integers over the whole long range")
    void parsesCanonicalIntegers() {
        assertEquals(0, parse("0"));
        assertEquals(-1, parse("-1"));
        assertEquals(1234567890123L, parse("1234567890123"));
        assertEquals(Long.MAX_VALUE, parse("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, parse("-9223372036854775808"));
    }

    @Test
    @DisplayName("refuses what Redis's string2ll refuses")
    void refusesNonCanonical() {
        for (String text : List.of("", "-", "-0", "00", "01", "+1", " 1", "1 ", "1a", "0x1",
                "9223372036854775808", "-9223372036854775809", "99999999999999999999", "000000000000000000001")) {
            assertThrows(NumberFormatException.class, () -> parse(text), text);
        }
    }

    @Test
    @DisplayName("writes the same digits as Long.toString, and knows their count beforehand")
    void writesDigits() {
        Random random = new Random(11);
        ByteBuf out = Unpooled.buffer(1);
        for (int i = 0; i < 2000; i++) {
            long value = switch (i) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                case 2 -> 0;
                case 3 -> -1;
                default -> random.nextLong() >> random.nextInt(64);
            };
            out.clear();
            Decimal.write(value, out);
            assertEquals(Long.toString(value), out.toString(StandardCharsets.US_ASCII));
            assertEquals(out.readableBytes(), Decimal.length(value));
            byte[] array = new byte[Decimal.length(value) + 2];
            assertEquals(array.length - 1, Decimal.write(value, array, 1));
            assertEquals("#" + value + "#", new String(array, StandardCharsets.US_ASCII).replace('\0', '#'));
        }
    }

    @Test
    @DisplayName("reads from an array at an offset, and refuses a text too long before reading it")
    void parsesFromAnArray() {
        byte[] text = "$-42\r".getBytes(StandardCharsets.US_ASCII);
        assertEquals(-42, Decimal.parse(text, 1, 3));
        assertEquals(4, Decimal.parse(text, 3, 1) + 2);
        assertThrows(NumberFormatException.class, () -> Decimal.parse(text, 1, 21));
        assertThrows(NumberFormatException.class, () -> Decimal.parse(text, 1, 4));
    }
}
