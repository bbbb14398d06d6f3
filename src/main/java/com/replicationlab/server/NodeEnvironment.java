package com.replicationlab.server;

import com.replicationlab.time.Scheduler;

import java.util.random.RandomGenerator;

/**
 * What a node is given from outside: its name, its thread's scheduler (and clock), a seeded random
 * source, the network it connects through, and the process id INFO reports.
 */
public record NodeEnvironment(String name, Scheduler scheduler, RandomGenerator random, Network network,
                              long processId) {
}
