package com.replicationlab.lab;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("A lab knows when a real client first changed it")
class ChangedFromOutsideTest {
    private final Lab lab = Lab.create(new ClusterSpec(1, 20, 7, 4096, "resend"));

    @Test
    @DisplayName("the lab's own commands and time passing are not outside changes")
    void ownCommandsAreNot() {
        lab.advance(1_000);
        lab.command("master", List.of("SET", "k", "v"));
        lab.advance(1_000);
        assertEquals(OptionalLong.empty(), lab.changedFromOutsideAt());
    }

    @Test
    @DisplayName("a TCP client's first bytes mark the point, connecting alone does not, and later bytes do not move it")
    void firstBytesMarkThePoint() {
        lab.advance(1_000);
        OutsideClient client = new OutsideClient(lab, "master");
        lab.advance(500);
        assertEquals(OptionalLong.empty(), lab.changedFromOutsideAt(), "connected, nothing sent yet");

        long at = lab.eventsRun();
        client.send("SET", "from", "outside");
        lab.advance(500);
        client.send("SET", "again", "later");
        assertEquals(OptionalLong.of(at), lab.changedFromOutsideAt());
        RespValue replicated = lab.command("replica-1", List.of("GET", "from"));
        assertEquals("outside", new String(((RespValue.BulkString) replicated).bytes(), StandardCharsets.UTF_8),
                "a real change, replicated as any other");
    }
}
