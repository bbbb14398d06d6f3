package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;

/**
 * Makes a copy of a lab as it is now. A goal that compares a command's reply runs that command on
 * a copy, never on the lab the student sees: the command could change it (a write, an expired key)
 * and would not be in the action log that replays it.
 */
@FunctionalInterface
public interface LabCopier {

    Lab copy();
}
