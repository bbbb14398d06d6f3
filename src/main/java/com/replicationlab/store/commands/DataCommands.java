package com.replicationlab.store.commands;

import com.replicationlab.command.Command;
import com.replicationlab.store.commands.hashes.HDelCommand;
import com.replicationlab.store.commands.hashes.HExistsCommand;
import com.replicationlab.store.commands.hashes.HGetAllCommand;
import com.replicationlab.store.commands.hashes.HGetCommand;
import com.replicationlab.store.commands.hashes.HKeysCommand;
import com.replicationlab.store.commands.hashes.HLenCommand;
import com.replicationlab.store.commands.hashes.HMGetCommand;
import com.replicationlab.store.commands.hashes.HMSetCommand;
import com.replicationlab.store.commands.hashes.HSetCommand;
import com.replicationlab.store.commands.hashes.HValsCommand;
import com.replicationlab.store.commands.keys.DbSizeCommand;
import com.replicationlab.store.commands.keys.DelCommand;
import com.replicationlab.store.commands.keys.ExistsCommand;
import com.replicationlab.store.commands.keys.ExpireAtCommand;
import com.replicationlab.store.commands.keys.ExpireCommand;
import com.replicationlab.store.commands.keys.FlushAllCommand;
import com.replicationlab.store.commands.keys.FlushDbCommand;
import com.replicationlab.store.commands.keys.KeysCommand;
import com.replicationlab.store.commands.keys.PExpireAtCommand;
import com.replicationlab.store.commands.keys.PExpireCommand;
import com.replicationlab.store.commands.keys.PTtlCommand;
import com.replicationlab.store.commands.keys.PersistCommand;
import com.replicationlab.store.commands.keys.RenameCommand;
import com.replicationlab.store.commands.keys.RenameNxCommand;
import com.replicationlab.store.commands.keys.TtlCommand;
import com.replicationlab.store.commands.keys.TypeCommand;
import com.replicationlab.store.commands.keys.UnlinkCommand;
import com.replicationlab.store.commands.lists.LIndexCommand;
import com.replicationlab.store.commands.lists.LLenCommand;
import com.replicationlab.store.commands.lists.LPopCommand;
import com.replicationlab.store.commands.lists.LPushCommand;
import com.replicationlab.store.commands.lists.LRangeCommand;
import com.replicationlab.store.commands.lists.RPopCommand;
import com.replicationlab.store.commands.lists.RPushCommand;
import com.replicationlab.store.commands.sets.SAddCommand;
import com.replicationlab.store.commands.sets.SCardCommand;
import com.replicationlab.store.commands.sets.SIsMemberCommand;
import com.replicationlab.store.commands.sets.SMembersCommand;
import com.replicationlab.store.commands.sets.SRemCommand;
import com.replicationlab.store.commands.strings.AppendCommand;
import com.replicationlab.store.commands.strings.DecrByCommand;
import com.replicationlab.store.commands.strings.DecrCommand;
import com.replicationlab.store.commands.strings.GetCommand;
import com.replicationlab.store.commands.strings.GetDelCommand;
import com.replicationlab.store.commands.strings.GetExCommand;
import com.replicationlab.store.commands.strings.GetRangeCommand;
import com.replicationlab.store.commands.strings.GetSetCommand;
import com.replicationlab.store.commands.strings.IncrByCommand;
import com.replicationlab.store.commands.strings.IncrByFloatCommand;
import com.replicationlab.store.commands.strings.IncrCommand;
import com.replicationlab.store.commands.strings.MGetCommand;
import com.replicationlab.store.commands.strings.MSetCommand;
import com.replicationlab.store.commands.strings.MSetNxCommand;
import com.replicationlab.store.commands.strings.PSetExCommand;
import com.replicationlab.store.commands.strings.SetCommand;
import com.replicationlab.store.commands.strings.SetExCommand;
import com.replicationlab.store.commands.strings.SetNxCommand;
import com.replicationlab.store.commands.strings.SetRangeCommand;
import com.replicationlab.store.commands.strings.StrLenCommand;

import java.util.List;

/**
 * The data commands of the engine, in one visible table: each is a small class with its Redis 7.0
 * name, arity, key positions and flags. The server's command table is built from this list.
 */
public final class DataCommands {
    private DataCommands() {
    }

    /** New instances of every data command, grouped as the Redis documentation groups them. */
    public static List<Command> all() {
        return List.of(
                // strings
                new GetCommand(),
                new SetCommand(),
                new SetNxCommand(),
                new SetExCommand(),
                new PSetExCommand(),
                new MGetCommand(),
                new MSetCommand(),
                new MSetNxCommand(),
                new IncrCommand(),
                new DecrCommand(),
                new IncrByCommand(),
                new DecrByCommand(),
                new IncrByFloatCommand(),
                new AppendCommand(),
                new StrLenCommand(),
                new GetDelCommand(),
                new GetSetCommand(),
                new GetExCommand(),
                new GetRangeCommand(),
                new SetRangeCommand(),
                // keys
                new DelCommand(),
                new UnlinkCommand(),
                new ExistsCommand(),
                new TypeCommand(),
                new KeysCommand(),
                new DbSizeCommand(),
                new FlushDbCommand(),
                new FlushAllCommand(),
                new ExpireCommand(),
                new PExpireCommand(),
                new ExpireAtCommand(),
                new PExpireAtCommand(),
                new TtlCommand(),
                new PTtlCommand(),
                new PersistCommand(),
                new RenameCommand(),
                new RenameNxCommand(),
                // lists
                new LPushCommand(),
                new RPushCommand(),
                new LPopCommand(),
                new RPopCommand(),
                new LRangeCommand(),
                new LLenCommand(),
                new LIndexCommand(),
                // hashes
                new HSetCommand(),
                new HMSetCommand(),
                new HGetCommand(),
                new HMGetCommand(),
                new HDelCommand(),
                new HGetAllCommand(),
                new HLenCommand(),
                new HExistsCommand(),
                new HKeysCommand(),
                new HValsCommand(),
                // sets
                new SAddCommand(),
                new SRemCommand(),
                new SMembersCommand(),
                new SCardCommand(),
                new SIsMemberCommand());
    }
}
