package com.replicationlab.store.commands.keys;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** UNLINK key [key ...]: DEL whose memory Redis frees in the background; the same here. */
public final class UnlinkCommand extends DeleteCommand {
    public UnlinkCommand() {
        super("unlink", WRITE, FAST);
    }
}
