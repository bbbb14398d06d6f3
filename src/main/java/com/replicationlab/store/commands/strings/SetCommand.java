package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.ArrayList;
import java.util.List;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * SET key value [NX | XX] [GET] [EX s | PX ms | EXAT s | PXAT ms | KEEPTTL].
 *
 * <p>Propagation follows Redis 7.0: with any expiry it becomes {@code SET key value PXAT <abs-ms>}
 * (so replicas expire the key at the same instant); otherwise it goes as sent, minus any GET; a SET
 * that NX or XX stopped changes nothing and is not propagated.
 */
public final class SetCommand extends Command {
    public SetCommand() {
        super("set", -3, KeySpec.ONE, WRITE, DENYOOM);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        StringOptions options = StringOptions.ofSet(ctx.args());
        Long expiresAtMs = options.expiresAtMs(ctx.clock().nowMs(), name());
        Database db = ctx.db();
        ByteKey key = ByteKey.of(ctx.arg(1));
        byte[] value = ctx.arg(2);

        RespValue oldValue = RespValue.NIL;
        if (options.get()) {
            StringValue old = TypedLookup.lookup(db, key, StringValue.class);
            oldValue = old == null ? RespValue.NIL : RespValue.bulk(old.bytes());
        }
        boolean found = db.lookup(key) != null;
        if (options.nx() && found || options.xx() && !found) {
            return oldValue;
        }

        if (expiresAtMs != null) {
            StringStore.setExpiringAt(db, key, value, expiresAtMs);
            ctx.propagate(StringStore.setPxAt(key, value, expiresAtMs));
        } else {
            if (options.keepTtl()) {
                StringStore.setKeepingTtl(db, key, value);
            } else {
                StringStore.set(db, key, value);
            }
            ctx.propagate(options.get() ? withoutGet(ctx.args()) : ctx.args());
        }
        return options.get() ? oldValue : RespValue.OK;
    }

    /** The client's command without its GET options (which may repeat). */
    private static List<byte[]> withoutGet(List<byte[]> args) {
        List<byte[]> command = new ArrayList<>(args.subList(0, 3));
        args.subList(3, args.size()).stream().filter(arg -> !Args.is(arg, "GET")).forEach(command::add);
        return command;
    }
}
