package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;

import java.util.List;

/**
 * The options of SET (NX, XX, GET, KEEPTTL, EX/PX/EXAT/PXAT) or of GETEX (PERSIST, EX/PX/EXAT/PXAT),
 * parsed as Redis's parseExtendedStringArgumentsOrReply does. Options may repeat (the last expiry
 * value wins); conflicting ones (NX with XX, two different expiry kinds, KEEPTTL or PERSIST with an
 * expiry) are a syntax error, and so is an expiry option with no value after it.
 */
record StringOptions(boolean nx, boolean xx, boolean get, boolean keepTtl, boolean persist,
                     ExpireOption expire, byte[] expireArg) {

    /** SET key value [options]: options start at index 3. */
    static StringOptions ofSet(List<byte[]> args) {
        return parse(args, 3, true);
    }

    /** GETEX key [options]: options start at index 2. */
    static StringOptions ofGetEx(List<byte[]> args) {
        return parse(args, 2, false);
    }

    /** The absolute expiry time the options ask for, or null if they set none. */
    Long expiresAtMs(long nowMs, String commandName) {
        return expire == null ? null : expire.absoluteMs(expireArg, nowMs, commandName);
    }

    private static StringOptions parse(List<byte[]> args, int first, boolean forSet) {
        boolean nx = false;
        boolean xx = false;
        boolean get = false;
        boolean keepTtl = false;
        boolean persist = false;
        ExpireOption expire = null;
        byte[] expireArg = null;
        for (int i = first; i < args.size(); i++) {
            byte[] option = args.get(i);
            ExpireOption expireOption = ExpireOption.named(option);
            boolean hasValue = i + 1 < args.size();
            if (forSet && Args.is(option, "NX") && !xx) {
                nx = true;
            } else if (forSet && Args.is(option, "XX") && !nx) {
                xx = true;
            } else if (forSet && Args.is(option, "GET")) {
                get = true;
            } else if (forSet && Args.is(option, "KEEPTTL") && expire == null) {
                keepTtl = true;
            } else if (!forSet && Args.is(option, "PERSIST") && expire == null) {
                persist = true;
            } else if (expireOption != null && !keepTtl && !persist
                    && (expire == null || expire == expireOption) && hasValue) {
                expire = expireOption;
                expireArg = args.get(++i);
            } else {
                throw new CommandException(Errors.SYNTAX);
            }
        }
        return new StringOptions(nx, xx, get, keepTtl, persist, expire, expireArg);
    }
}
