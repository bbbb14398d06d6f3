package com.replicationlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code gui} (the default), {@code serve}, {@code run} and {@code bench}. */
@Command(name = "replication-lab", mixinStandardHelpOptions = true, version = "Replication Lab 0.1",
        description = "Teaches Redis replication with a real, Redis-compatible replication engine.",
        subcommands = {GuiCommand.class, ServeCommand.class, RunCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // With no command, open the window.
        System.exit(commandLine().execute(args.length == 0 ? new String[] {"gui"} : args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
