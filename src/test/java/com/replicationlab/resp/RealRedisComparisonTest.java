package com.replicationlab.resp;

import static com.replicationlab.resp.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replicationlab.resp.RespValue.BulkString;
import com.replicationlab.resp.RespValue.RespArray;
import com.replicationlab.testing.RealRedis;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Compared with a real redis-server 7.0")
class RealRedisComparisonTest {

    private static RealRedis open;
    private static RealRedis withPassword;

    @BeforeAll
    static void startServers() throws Exception {
        open = RealRedis.start();
        withPassword = RealRedis.start("--requirepass", "pw");
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (open != null) {
            open.close();
        }
        if (withPassword != null) {
            withPassword.close();
        }
    }

    /** What our server writes for {@code wire}: the error the RequestDecoder emits, encoded. */
    private static String ourError(String wire, boolean authenticated) {
        EmbeddedChannel channel =
                new EmbeddedChannel(new RequestDecoder(new RequestParser(ProtocolLimits.DEFAULTS, () -> authenticated)));
        channel.writeInbound(Unpooled.wrappedBuffer(bytes(wire)));
        for (Object message = channel.readInbound(); ; message = channel.readInbound()) {
            if (message instanceof ProtocolError error) {
                return Wire.text(RespEncoder.toBytes(error.reply()));
            }
            if (message == null) {
                return "no error";
            }
        }
    }

    @Test
    @DisplayName("malformed requests get the same error bytes, and Redis closes the connection")
    void protocolErrors() throws Exception {
        List<String> inputs = List.of("*abc\r\n", "*-0\r\n", "*2147483648\r\n", "*3\r\n$3\r\nSET\r\n$1\r\nx\r\nfooz\r\n",
                "*1\r\n\r\n", "*1\r\n$-1\r\n", "*1\r\n$01\r\n", "*1\r\n$536870913\r\n", "ECHO \"a\r\n",
                "ECHO 'a'b\r\n", "ECHO \"a\\\"\r\n", "x".repeat(64 * 1024 + 1), "*" + "1".repeat(64 * 1024 + 1),
                "*1\r\n$" + "1".repeat(64 * 1024 + 1),
                // negative, signed, spaced and overflowing numbers, and a wrong type byte
                "*9223372036854775808\r\n", "*+1\r\n", "* 1\r\n", "*1 \r\n", "*1\r\n$-5\r\n",
                "*1\r\n$+1\r\n", "*1\r\n$9223372036854775808\r\n", "*1\r\n$-9223372036854775809\r\n",
                "*1\r\n:1\r\n", "*2\r\n$1\r\na\r\n*1\r\n");
        for (String input : inputs) {
            String shown = input.length() > 40 ? input.substring(0, 40) + "..." : input;
            assertEquals(Wire.text(open.sendUntilClosed(bytes(input))), ourError(input, true), shown);
        }
    }

    @Test
    @DisplayName("before AUTH, the same unauthenticated limits and errors")
    void unauthenticatedLimits() throws Exception {
        for (String input : List.of("*11\r\n", "*1\r\n$16385\r\n", "*2147483648\r\n", "*1\r\n$536870913\r\n")) {
            assertEquals(Wire.text(withPassword.sendUntilClosed(bytes(input))), ourError(input, false), input);
        }
    }

    @Test
    @DisplayName("inline lines are split into the same arguments")
    void inlineSplitting() throws Exception {
        List<String> lines = List.of("a b", "\t a \t  b  ", "\"a\\x41\\x4g\" 'it\\'s'", "\"\\n\\r\\t\\b\\a\\\\\\\"\\q\"",
                "a\"b c\" \"\" 'x y'", "'a\\nb' \"\\xff\\xFE\"", "x\u000By \u000Bz", "a\rb");
        for (int i = 0; i < lines.size(); i++) {
            String line = "RPUSH inline:" + i + " " + lines.get(i) + "\r\n";
            String lrange = Wire.text(RespEncoder.commandBytes(List.of(bytes("LRANGE"), bytes("inline:" + i),
                    bytes("0"), bytes("-1"))));
            RespValue stored = open.send(bytes(line + lrange), 2).get(1);
            List<String> redisArgs = ((RespArray) stored).items().stream()
                    .map(item -> Wire.text(((BulkString) item).bytes())).toList();
            Request ours = new RequestParser(ProtocolLimits.DEFAULTS, () -> true).next(Unpooled.wrappedBuffer(bytes(line)));
            assertEquals(redisArgs, Wire.texts(ours.args()).subList(2, ours.args().size()), lines.get(i));
        }
    }
}
