package com.replicationlab.lab;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabSmokeTest {
    @Test
    void syncsAndPropagates() {
        Lab lab = Lab.create(ClusterSpec.defaults());
        lab.trace().addListener(r -> System.out.println(r.format()));
        lab.advance(2000);
        assertEquals(RespValue.OK, lab.command("master", List.of("SET", "key", "value")));
        lab.advance(1500);
        assertEquals(RespValue.bulk("value"), lab.command("replica-1", List.of("GET", "key")));
        assertEquals(lab.field("master", "offset"), lab.field("replica-1", "offset"));
        lab.dropNext("master", "replica-1");
        lab.command("master", List.of("SET", "key", "value2"));
        lab.advance(3000);
        assertEquals(RespValue.bulk("value2"), lab.command("replica-1", List.of("GET", "key")));
        assertEquals(lab.field("master", "offset"), lab.field("replica-1", "offset"));
    }
}
