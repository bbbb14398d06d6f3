package com.replicationlab.script;

import com.replicationlab.resp.RespValue;

import java.util.stream.Collectors;

/** Replies in words, close to how redis-cli prints them, on one line. */
public final class ReplyText {
    private ReplyText() {
    }

    public static String format(RespValue reply) {
        if (reply instanceof RespValue.SimpleString simple) {
            return simple.value();
        }
        if (reply instanceof RespValue.ErrorReply error) {
            return "(error) " + error.message();
        }
        if (reply instanceof RespValue.RespInteger integer) {
            return "(integer) " + integer.value();
        }
        if (reply instanceof RespValue.BulkString bulk) {
            return bulk.isNil() ? "(nil)" : Quoting.quoted(bulk.asString());
        }
        RespValue.RespArray array = (RespValue.RespArray) reply;
        if (array.isNil()) {
            return "(nil)";
        }
        return array.items().stream().map(ReplyText::format).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The text of a bulk or simple string reply; null for any other reply. */
    static String stringOf(RespValue reply) {
        if (reply instanceof RespValue.SimpleString simple) {
            return simple.value();
        }
        if (reply instanceof RespValue.BulkString bulk) {
            return bulk.asString();
        }
        return null;
    }
}
