package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;

import java.util.function.Function;

/**
 * One thing the window does to the lab: the line of the action language that says it (what the
 * action log shows and a saved scenario holds) and its effect on the lab, which gives a short
 * result (a command's reply) or throws LabException when the lab refuses.
 */
public record LabAction(String text, Function<Lab, String> effect) {

    @Override
    public String toString() {
        return text;
    }
}
