package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.Wording;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Sequence: a packet's details")
class TripDetailsTest {

    @Test
    @DisplayName("a packet of a batch lists every command it carries")
    void listsEveryCommand() {
        StringBuilder resp = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            String key = "key:" + i;
            resp.append("*3\r\n$3\r\nSET\r\n$").append(key.length()).append("\r\n").append(key).append("\r\n$1\r\nv\r\n");
        }
        byte[] batch = resp.toString().getBytes(StandardCharsets.US_ASCII);
        String label = "SET key:1 v … +15 more · " + batch.length + " B";
        Wording words = new Wording("commands", "SET key:1 v", "15", Integer.toString(batch.length));
        PacketTrip trip = new PacketTrip(7, "master", "replica-1", label, words, PacketKind.WRITE, 2000, 2010,
                PacketTrip.Fate.DELIVERED, false);
        PacketView seen = new PacketView(7, "master", "replica-1", PacketKind.WRITE, label, words, 2000, 2010, false, false,
                batch.length, 62, batch);

        String english = TripDetails.of(trip, Optional.of(seen), new I18n(Locale.ENGLISH));
        assertTrue(english.contains("#7  master → replica-1   SET key:1 v … +15 more · " + batch.length + " B"), english);
        assertTrue(english.contains("Commands in this packet (16):\nSET key:1 v\nSET key:2 v\n"), english);
        assertTrue(english.contains("\nSET key:16 v\n"), english);

        String chinese = TripDetails.of(trip, Optional.of(seen), new I18n(Locale.SIMPLIFIED_CHINESE));
        assertTrue(chinese.contains("SET key:1 v … 另 15 条 · " + batch.length + " B"), chinese);
        assertTrue(chinese.contains("这个数据包里的命令（16 条）：\nSET key:1 v\n"), chinese);
    }
}
