package com.replicationlab.command;

import com.replicationlab.resp.RespValue.ErrorReply;

/** Redis 7.0's exact error replies (see shared/reference/redis-replication.md section 11). */
public final class Errors {
    public static final ErrorReply SYNTAX = new ErrorReply("ERR syntax error");
    public static final ErrorReply NOT_INTEGER = new ErrorReply("ERR value is not an integer or out of range");
    public static final ErrorReply NOT_FLOAT = new ErrorReply("ERR value is not a valid float");
    public static final ErrorReply OVERFLOW = new ErrorReply("ERR increment or decrement would overflow");
    public static final ErrorReply WRONGTYPE =
            new ErrorReply("WRONGTYPE Operation against a key holding the wrong kind of value");
    public static final ErrorReply NO_SUCH_KEY = new ErrorReply("ERR no such key");
    public static final ErrorReply DB_INDEX_OUT_OF_RANGE = new ErrorReply("ERR DB index is out of range");
    public static final ErrorReply READONLY = new ErrorReply("READONLY You can't write against a read only replica.");
    public static final ErrorReply NOREPLICAS = new ErrorReply("NOREPLICAS Not enough good replicas to write.");
    public static final ErrorReply EXECABORT =
            new ErrorReply("EXECABORT Transaction discarded because of previous errors.");

    private Errors() {
    }

    public static ErrorReply wrongArity(String commandName) {
        return new ErrorReply("ERR wrong number of arguments for '" + commandName + "' command");
    }

    public static ErrorReply invalidExpireTime(String commandName) {
        return new ErrorReply("ERR invalid expire time in '" + commandName + "' command");
    }
}
