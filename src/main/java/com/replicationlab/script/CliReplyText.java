package com.replicationlab.script;

import com.replicationlab.resp.RespValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reply as redis-cli prints it on a terminal: {@code OK}, {@code (integer) 1}, {@code (nil)},
 * {@code (error) ERR …}, a bulk string in quotes with escapes, arrays as numbered lines (nested
 * arrays indented under their number), {@code (empty array)}.
 * The window's console prints replies this way; {@link ReplyText} is the one-line form for logs.
 * <p>
 * Like redis-cli, a few commands whose replies are text for people (INFO, CLIENT LIST, ...) are
 * printed raw: their lines as they are, no quotes.
 */
public final class CliReplyText {
    private CliReplyText() {
    }

    public static String text(RespValue reply) {
        return String.join("\n", lines(reply));
    }

    /** The reply to {@code command} (its words as typed) as redis-cli prints it. */
    public static String text(List<String> command, RespValue reply) {
        if (printedRaw(command) && reply instanceof RespValue.BulkString bulk && !bulk.isNil()) {
            return bulk.asString().replace("\r\n", "\n").stripTrailing();
        }
        return text(reply);
    }

    /** The commands redis-cli 7.0 switches to raw output for (those a lab node knows). */
    private static boolean printedRaw(List<String> command) {
        String name = command.isEmpty() ? "" : command.get(0).toLowerCase(Locale.ROOT);
        String sub = command.size() < 2 ? "" : command.get(1).toLowerCase(Locale.ROOT);
        return name.equals("info") || name.equals("lolwut")
                || (name.equals("client") && (sub.equals("list") || sub.equals("info")))
                || (name.equals("memory") && sub.equals("doctor"))
                || (name.equals("latency") && sub.equals("doctor"));
    }

    static List<String> lines(RespValue reply) {
        if (reply instanceof RespValue.SimpleString simple) {
            return List.of(simple.value());
        }
        if (reply instanceof RespValue.ErrorReply error) {
            return List.of("(error) " + error.message());
        }
        if (reply instanceof RespValue.RespInteger integer) {
            return List.of("(integer) " + integer.value());
        }
        if (reply instanceof RespValue.BulkString bulk) {
            return List.of(bulk.isNil() ? "(nil)" : repr(bulk.bytes()));
        }
        RespValue.RespArray array = (RespValue.RespArray) reply;
        if (array.isNil()) {
            return List.of("(nil)");
        }
        if (array.items().isEmpty()) {
            return List.of("(empty array)");
        }
        List<String> out = new ArrayList<>();
        int width = Integer.toString(array.items().size()).length();
        for (int i = 0; i < array.items().size(); i++) {
            String number = String.format("%" + width + "d) ", i + 1);
            String indent = " ".repeat(number.length());
            List<String> item = lines(array.items().get(i));
            for (int j = 0; j < item.size(); j++) {
                out.add((j == 0 ? number : indent) + item.get(j));
            }
        }
        return out;
    }

    /** A string in double quotes, escaped as redis-cli escapes it (its sdscatrepr). */
    static String repr(byte[] bytes) {
        StringBuilder out = new StringBuilder("\"");
        for (byte value : bytes) {
            int b = value & 0xff;
            switch (b) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        out.append((char) b);
                    } else {
                        out.append(String.format("\\x%02x", b));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String repr(String text) {
        return repr(text.getBytes(StandardCharsets.UTF_8));
    }
}
