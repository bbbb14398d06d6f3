package com.replicationlab.store.commands.keys;

import static com.replicationlab.command.CommandFlag.WRITE;

/** DEL key [key ...]. */
public final class DelCommand extends DeleteCommand {
    public DelCommand() {
        super("del", WRITE);
    }
}
