package com.replicationlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code serve} today; the window, scenario runner and benchmarks join it. */
@Command(name = "replication-lab", mixinStandardHelpOptions = true, version = "Replication Lab 0.1",
        description = "Teaches Redis replication with a real, Redis-compatible replication engine.",
        subcommands = {ServeCommand.class, RunCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
