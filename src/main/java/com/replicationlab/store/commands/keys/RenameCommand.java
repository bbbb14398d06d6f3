package com.replicationlab.store.commands.keys;

import static com.replicationlab.command.CommandFlag.WRITE;

/** RENAME key newkey: replaces newkey if it exists. */
public final class RenameCommand extends RenameFamilyCommand {
    public RenameCommand() {
        super("rename", false, WRITE);
    }
}
