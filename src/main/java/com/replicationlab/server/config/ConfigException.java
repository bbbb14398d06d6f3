package com.replicationlab.server.config;

/** A configuration value that cannot be accepted; the message is Redis's wording after "ERR ". */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
