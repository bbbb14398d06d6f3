package com.replicationlab.script;

import com.replicationlab.resp.RespValue;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What a reply expectation wants: "text", nil, an integer, error PREFIX, or a list of those. */
public sealed interface ReplyPattern {

    String text();

    boolean matches(RespValue reply);

    /** A bulk or simple string with exactly this text. */
    record Text(String value) implements ReplyPattern {
        @Override
        public String text() {
            return Quoting.quoted(value);
        }

        @Override
        public boolean matches(RespValue reply) {
            return value.equals(ReplyText.stringOf(reply));
        }
    }

    /** A nil bulk string or a nil array. */
    record Nil() implements ReplyPattern {
        @Override
        public String text() {
            return "nil";
        }

        @Override
        public boolean matches(RespValue reply) {
            return reply instanceof RespValue.BulkString bulk && bulk.isNil()
                    || reply instanceof RespValue.RespArray array && array.isNil();
        }
    }

    /** An integer reply, or a string holding exactly that integer (GET of a counter). */
    record Number(BigInteger value) implements ReplyPattern {
        @Override
        public String text() {
            return value.toString();
        }

        @Override
        public boolean matches(RespValue reply) {
            if (reply instanceof RespValue.RespInteger integer) {
                return BigInteger.valueOf(integer.value()).equals(value);
            }
            return value.toString().equals(ReplyText.stringOf(reply));
        }
    }

    /** An error reply whose message starts with the prefix, e.g. {@code NOREPLICAS}. */
    record ErrorPrefix(String prefix) implements ReplyPattern {
        @Override
        public String text() {
            return "error " + (prefix.matches("[A-Za-z0-9_.:-]+") ? prefix : Quoting.quoted(prefix));
        }

        @Override
        public boolean matches(RespValue reply) {
            return reply instanceof RespValue.ErrorReply error && error.message().startsWith(prefix);
        }
    }

    /** An array whose items match one by one (LRANGE, SMEMBERS in a known order, ...). */
    record Items(List<ReplyPattern> items) implements ReplyPattern {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return items.stream().map(ReplyPattern::text).collect(Collectors.joining(", ", "[", "]"));
        }

        @Override
        public boolean matches(RespValue reply) {
            if (!(reply instanceof RespValue.RespArray array) || array.isNil() || array.items().size() != items.size()) {
                return false;
            }
            return IntStream.range(0, items.size()).allMatch(i -> items.get(i).matches(array.items().get(i)));
        }
    }
}
