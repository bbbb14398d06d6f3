package com.replicationlab.store.commands.strings;

/** PSETEX key milliseconds value. */
public final class PSetExCommand extends TimedSetCommand {
    public PSetExCommand() {
        super("psetex", ExpireOption.PX);
    }
}
