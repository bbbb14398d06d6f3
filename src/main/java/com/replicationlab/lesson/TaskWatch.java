package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;
import com.replicationlab.script.Action;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.Session;
import com.replicationlab.script.SessionListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Ticks off a step's tasks as the student reaches them, live. Make one watch per session, when
 * the session is made (a session cannot drop a listener, and the watch must see every action to
 * copy the lab exactly), and point it at the tasks of the step on screen. After every action it
 * checks each task not yet met; after every event of the lab it checks the cheap ones (goals that
 * only compare fields), so a goal that holds for a moment in the middle of {@code advance 5s} is
 * seen. A task once met stays met. Everything here runs on the lab thread, like the session.
 */
public final class TaskWatch implements SessionListener {
    private final Session session;
    private final Supplier<LabCopier> copies;
    private final Map<TaskBlock, GoalReport> tasks = new LinkedHashMap<>();
    private final List<TaskBlock> met = new ArrayList<>();
    private final List<Consumer<TaskBlock>> onMet = new ArrayList<>();

    public TaskWatch(Session session) {
        this(session, null);
    }

    /**
     * A watch on a session acting on a lab it did not start (the window's), whose action log
     * alone cannot rebuild it: {@code copier} makes the copies that goals comparing replies need.
     */
    public TaskWatch(Session session, LabCopier copier) {
        this.session = session;
        ActionTimes times = new ActionTimes(session);
        session.addListener(times);
        session.addListener(this);
        this.copies = copier == null ? times::copier : () -> copier;
        if (session.hasLab()) {
            labStarted(session.lab());
        }
    }

    /** Watch these tasks from now on (the step on screen changed); forgets the ones before. */
    public void watch(List<TaskBlock> stepTasks) {
        tasks.clear();
        met.clear();
        stepTasks.forEach(task -> tasks.put(task, null));
    }

    /** Called on the lab thread when a task is first met. */
    public void onMet(Consumer<TaskBlock> listener) {
        onMet.add(listener);
    }

    public boolean isMet(TaskBlock task) {
        return met.contains(task);
    }

    /** The last check of a task's goal (which lines hold, with their values), or null before any. */
    public GoalReport lastReport(TaskBlock task) {
        return tasks.get(task);
    }

    /**
     * Checks every task not yet met now, goals comparing replies too: time ran on with no action
     * (a window's clock played or was advanced), which only the cheap checks have seen.
     */
    public void checkNow() {
        check(true);
    }

    @Override
    public void labStarted(Lab lab) {
        lab.afterEachEvent(() -> {
            if (session.hasLab() && session.lab() == lab) {
                check(false);
            }
        });
    }

    @Override
    public void actionFinished(Action action, Outcome outcome) {
        check(true);
    }

    private void check(boolean withCopies) {
        if (!session.hasLab()) {
            return;
        }
        LabCopier copier = copies.get();
        for (TaskBlock task : List.copyOf(tasks.keySet())) {
            if (met.contains(task) || (task.needsCopy() && !withCopies)) {
                continue;
            }
            GoalReport report = task.check(session.lab(), copier);
            tasks.put(task, report);
            if (report.met()) {
                met.add(task);
                onMet.forEach(listener -> listener.accept(task));
            }
        }
    }
}
