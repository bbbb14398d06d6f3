package com.replicationlab.live;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.snapshot.LabSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("LabRunner: publishing on request, and rebuilding the lab in place")
class LabRunnerPublishTest {

    @Test
    @DisplayName("requests to publish that pile up while the lab is busy make one snapshot, after all the work")
    void publishRequestsCoalesce() throws Exception {
        List<LabSnapshot> published = new CopyOnWriteArrayList<>();
        try (LabRunner runner = new LabRunner(Lab.create(ClusterSpec.defaults()))) {
            runner.onSnapshot(published::add);
            runner.call(lab -> null).get(10, TimeUnit.SECONDS);
            published.clear();
            CountDownLatch busy = new CountDownLatch(1);
            runner.submit(lab -> await(busy));
            for (int i = 0; i < 100; i++) {
                runner.submit(lab -> lab.advance(10));
                runner.publishNow();
            }
            busy.countDown();
            runner.call(lab -> null).get(10, TimeUnit.SECONDS);
            assertEquals(1, published.size());
            assertEquals(1000, published.get(0).timeMs());
        }
    }

    @Test
    @DisplayName("rebuild swaps in the lab the function makes from the current one, and publishes it")
    void rebuild() throws Exception {
        List<LabSnapshot> published = new CopyOnWriteArrayList<>();
        try (LabRunner runner = new LabRunner(Lab.create(ClusterSpec.defaults()))) {
            runner.onSnapshot(published::add);
            runner.submit(lab -> lab.advance(500));
            runner.rebuild(old -> {
                assertEquals(500, old.elapsedMs());
                return Lab.create(ClusterSpec.defaults());
            });
            assertEquals(0L, (long) runner.call(Lab::elapsedMs).get(10, TimeUnit.SECONDS));
            assertTrue(published.stream().anyMatch(s -> s.timeMs() == 0 && s.eventsRun() == 0));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
