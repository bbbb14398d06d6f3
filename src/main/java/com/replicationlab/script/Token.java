package com.replicationlab.script;

/** A word of a line and the column it starts at. */
record Token(String text, int column) {
}
