package com.replicationlab.script;

/** One command argument as redis-cli splits it; {@code quoted} tells {@code "=="} from {@code ==}. */
record Arg(String value, boolean quoted, int column) {
}
