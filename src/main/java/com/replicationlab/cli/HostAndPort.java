package com.replicationlab.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** "host:port" from the command line. */
record HostAndPort(String host, int port) {
    static HostAndPort parse(String text, CommandSpec spec) {
        int colon = text.lastIndexOf(':');
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (colon <= 0 || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new HostAndPort(text.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "expected HOST:PORT, got '" + text + "'");
        }
    }
}
