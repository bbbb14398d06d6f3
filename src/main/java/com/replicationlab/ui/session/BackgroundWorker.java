package com.replicationlab.ui.session;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs one after another on one daemon thread of the lowest priority. The thread ends by
 * itself once idle for a few seconds, and comes back with the next job.
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
        thread.execute(job);
    }
}
