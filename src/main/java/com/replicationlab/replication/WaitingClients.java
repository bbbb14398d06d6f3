package com.replicationlab.replication;

import com.replicationlab.resp.RespValue;
import com.replicationlab.server.ClientSession;
import com.replicationlab.time.Scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToIntFunction;

/**
 * Clients blocked in WAIT. Each is answered with the number of replicas that acknowledged its
 * offset, as soon as enough have, or when its timeout fires (0 = no timeout).
 */
final class WaitingClients {
    private final Scheduler scheduler;
    private final LongToIntFunction ackedAtLeast;
    private final List<WaitRequest> waiting = new ArrayList<>();

    WaitingClients(Scheduler scheduler, LongToIntFunction ackedAtLeast) {
        this.scheduler = scheduler;
        this.ackedAtLeast = ackedAtLeast;
    }

    void add(ClientSession client, int wanted, long offset, long timeoutMs) {
        WaitRequest request = new WaitRequest(client, wanted, offset);
        waiting.add(request);
        client.setBlocked(true);
        if (timeoutMs > 0) {
            request.timeout = scheduler.schedule(timeoutMs, "WAIT timeout", () -> finish(request));
        }
    }

    /** After an ACK (or a replica leaving): answer every client whose count is met. */
    void answerThoseSatisfied() {
        for (WaitRequest request : List.copyOf(waiting)) {
            if (ackedAtLeast.applyAsInt(request.offset) >= request.replicasWanted) {
                finish(request);
            }
        }
    }

    void forget(ClientSession client) {
        for (WaitRequest request : List.copyOf(waiting)) {
            if (request.client == client) {
                cancelTimeout(request);
                waiting.remove(request);
            }
        }
    }

    private void finish(WaitRequest request) {
        if (!waiting.remove(request)) {
            return;
        }
        cancelTimeout(request);
        request.client.setBlocked(false);
        request.client.reply(RespValue.integer(ackedAtLeast.applyAsInt(request.offset)));
    }

    private static void cancelTimeout(WaitRequest request) {
        if (request.timeout != null) {
            request.timeout.cancel();
        }
    }
}
