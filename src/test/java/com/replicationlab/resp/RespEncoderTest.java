package com.replicationlab.resp;

import static com.replicationlab.resp.RespValue.array;
import static com.replicationlab.resp.RespValue.bulk;
import static com.replicationlab.resp.RespValue.error;
import static com.replicationlab.resp.RespValue.integer;
import static com.replicationlab.resp.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replicationlab.resp.RespValue.SimpleString;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RespEncoder")
class RespEncoderTest {

    private static String wire(RespValue value) {
        return new String(RespEncoder.toBytes(value), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("writes each kind of value in its RESP2 form")
    void eachKind() {
        assertEquals("+OK\r\n", wire(RespValue.OK));
        assertEquals("+caf\u00e9\r\n", wire(new SimpleString("caf\u00e9")));
        assertEquals("-ERR Protocol error: invalid bulk length\r\n", wire(error("ERR Protocol error: invalid bulk length")));
        assertEquals(":0\r\n", wire(integer(0)));
        assertEquals(":-9223372036854775808\r\n", wire(integer(Long.MIN_VALUE)));
        assertEquals("$5\r\nhello\r\n", wire(bulk("hello")));
        assertEquals("$0\r\n\r\n", wire(bulk("")));
        assertEquals("$-1\r\n", wire(RespValue.NIL));
        assertEquals("*-1\r\n", wire(RespValue.NIL_ARRAY));
        assertEquals("*0\r\n", wire(RespValue.EMPTY_ARRAY));
        assertEquals("*2\r\n*1\r\n:1\r\n$-1\r\n", wire(array(List.of(array(List.of(integer(1))), RespValue.NIL))));
    }

    @Test
    @DisplayName("UTF-8 text takes as many bytes as its encoding")
    void utf8Length() {
        SimpleString text = new SimpleString("\u65e5\u672c");
        assertEquals(9, RespEncoder.encodedLength(text));
        assertArrayEquals(bytes("+\u00e6\u0097\u00a5\u00e6\u009c\u00ac\r\n"), RespEncoder.toBytes(text));
    }

    @Test
    @DisplayName("a propagated SET key value is the 33 bytes a replica counts")
    void setCommand() {
        List<byte[]> set = List.of(bytes("SET"), bytes("key"), bytes("value"));
        byte[] expected = bytes("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
        assertEquals(33, expected.length);
        assertEquals(33, RespEncoder.commandLength(set));
        assertArrayEquals(expected, RespEncoder.commandBytes(set));
        assertArrayEquals(expected, RespEncoder.toBytes(RespValue.arrayOfBulks(set)));
    }

    @Test
    @DisplayName("a propagated command's bytes are its array of bulks, for arguments of 0 to 100,000 bytes")
    void commandBytesOfAnyLength() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 100000}) {
            byte[] value = new byte[length];
            random.nextBytes(value);
            List<byte[]> args = new ArrayList<>(List.of(bytes("MSET")));
            for (int i = 0; i < 10; i++) {
                args.add(bytes("key:" + i));
                args.add(value);
            }
            byte[] encoded = RespEncoder.commandBytes(args);
            assertArrayEquals(RespEncoder.toBytes(RespValue.arrayOfBulks(args)), encoded);
            assertEquals(RespEncoder.commandLength(args), encoded.length);
        }
    }

    @Test
    @DisplayName("random values survive encode then parse, read in random pieces")
    void roundTrip() {
        Random random = new Random(2024);
        List<RespValue> values = new ArrayList<>();
        ByteBuf stream = Unpooled.buffer();
        for (int i = 0; i < 500; i++) {
            RespValue value = randomValue(random, 0);
            values.add(value);
            int before = stream.writerIndex();
            RespEncoder.write(value, stream);
            assertEquals(RespEncoder.encodedLength(value), stream.writerIndex() - before);
            assertArrayEquals(RespEncoder.toBytes(value), ByteBufUtil.getBytes(stream, before, stream.writerIndex() - before));
        }
        byte[] wire = ByteBufUtil.getBytes(stream);
        ReplyParser parser = new ReplyParser(ProtocolLimits.DEFAULTS);
        assertEquals(values, Wire.feed(wire, RequestParserTest.randomCuts(random, wire.length), parser::next));
    }

    private static RespValue randomValue(Random random, int depth) {
        int kind = random.nextInt(depth < 4 ? 7 : 5);
        return switch (kind) {
            case 0 -> new SimpleString(randomText(random));
            case 1 -> error("ERR " + randomText(random));
            case 2 -> integer(random.nextLong() >> random.nextInt(64));
            case 3 -> random.nextInt(8) == 0 ? RespValue.NIL : bulk(randomBytes(random));
            case 4 -> random.nextInt(8) == 0 ? RespValue.NIL_ARRAY : RespValue.EMPTY_ARRAY;
            default -> {
                List<RespValue> items = new ArrayList<>();
                int count = 1 + random.nextInt(5);
                for (int i = 0; i < count; i++) {
                    items.add(randomValue(random, depth + 1));
                }
                yield array(items);
            }
        };
    }

    private static String randomText(Random random) {
        String alphabet = "abc XYZ019'\"\\\t\u00e9\u65e5";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        return bytes;
    }
}
