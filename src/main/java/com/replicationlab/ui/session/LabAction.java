package com.replicationlab.ui.session;

/**
 * One thing the window does to the lab, as a line of the lab's action language: what the action
 * log shows, what a saved scenario holds, and what is performed (parsed by the script package).
 */
public record LabAction(String text) {

    @Override
    public String toString() {
        return text;
    }
}
