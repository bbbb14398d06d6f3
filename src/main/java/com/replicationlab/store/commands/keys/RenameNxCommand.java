package com.replicationlab.store.commands.keys;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** RENAMENX key newkey: renames only if newkey does not exist. */
public final class RenameNxCommand extends RenameFamilyCommand {
    public RenameNxCommand() {
        super("renamenx", true, WRITE, FAST);
    }
}
