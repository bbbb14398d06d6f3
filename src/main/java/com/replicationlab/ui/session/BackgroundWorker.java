package com.replicationlab.ui.session;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs one after another on one daemon thread of the lowest priority, and after each job rests
 * as long as it worked. Background work then takes at most half of one core, so the lab thread and
 * the window keep the rest even where thread priorities count for nothing (as on Linux, by default).
 * The thread ends by itself once idle for a few seconds, and comes back with the next job.
 */
final class BackgroundWorker implements Executor {
    private static final long IDLE_SECONDS = 5;

    private final ThreadPoolExecutor thread;

    BackgroundWorker(String name) {
        thread = new ThreadPoolExecutor(0, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), job -> {
            Thread worker = new Thread(job, name);
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            return worker;
        });
    }

    @Override
    public void execute(Runnable job) {
        thread.execute(() -> {
            long start = System.nanoTime();
            try {
                job.run();
            } finally {
                rest(System.nanoTime() - start);
            }
        });
    }

    private static void rest(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
