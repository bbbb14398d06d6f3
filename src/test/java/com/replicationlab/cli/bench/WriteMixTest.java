package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The window benchmark's writes: paced by the lab's clock, never a burst")
class WriteMixTest {
    /** A master alone: every command it runs is one of these writes, or the test's INFO. */
    private final Lab lab = Lab.create(new ClusterSpec(0, 50, 42, 1024 * 1024, "resend"));
    private final WriteMix writes = new WriteMix("master", 1000);

    @Test
    @DisplayName("as the lab's time passes, the writes due by then are written, 1,000 per virtual second")
    void writesAsTimePasses() {
        assertEquals(0, writes.writeDue(lab));
        lab.advance(40);
        assertEquals(40, writes.writeDue(lab));
        lab.advance(25);
        assertEquals(65, writes.writeDue(lab));
        assertEquals(65, setsProcessed());
    }

    @Test
    @DisplayName("a lab whose clock jumped 10 s gets the last second's writes, not the 10,000 of all the time it skipped")
    void noBurstAfterAJump() {
        writes.writeDue(lab);
        lab.advance(10_000);
        assertEquals(1000, writes.writeDue(lab));
        lab.advance(30);
        assertEquals(1030, writes.writeDue(lab));
        assertEquals(1030, setsProcessed());
    }

    @Test
    @DisplayName("the writes come as a TCP client's (redis-benchmark on the master's port), not as the window's own actions")
    void asATcpClient() {
        lab.advance(10);
        assertTrue(lab.changedFromOutsideAt().isEmpty());
        writes.writeDue(lab);
        lab.advance(10);
        writes.writeDue(lab);
        assertTrue(lab.changedFromOutsideAt().isPresent());
        assertEquals(10, setsProcessed());
    }

    /** The writes the master ran, from its own statistics (less the INFO asking). */
    private long setsProcessed() {
        RespValue info = lab.command("master", List.of("INFO", "stats"));
        String text = new String(((RespValue.BulkString) info).bytes(), StandardCharsets.UTF_8);
        long processed = text.lines().filter(l -> l.startsWith("total_commands_processed:"))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElseThrow();
        assertTrue(processed > 0, text);
        return processed - 1;
    }
}
