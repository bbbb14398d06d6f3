package com.replicationlab.store.commands.strings;

/** SETEX key seconds value. */
public final class SetExCommand extends TimedSetCommand {
    public SetExCommand() {
        super("setex", ExpireOption.EX);
    }
}
