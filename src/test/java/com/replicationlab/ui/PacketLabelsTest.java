package com.replicationlab.ui;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.InFlightPacket;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.Packet;
import com.replicationlab.lab.Wording;
import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Packet labels in the window's language")
class PacketLabelsTest {

    /** The packet that carries a transaction (MULTI, two SETs, EXEC) to replica-1. */
    private static Packet transaction() {
        Lab lab = Lab.create(new ClusterSpec(1, 10, 7, 1024 * 1024, "resend"));
        lab.advance(1500);
        lab.command("master", List.of("SET", "warm", "up"));
        lab.advance(100);
        lab.command("master", List.of("MULTI"));
        lab.command("master", List.of("SET", "a", "1"));
        lab.command("master", List.of("SET", "b", "2"));
        lab.command("master", List.of("EXEC"));
        return lab.packetsInFlight().stream().map(InFlightPacket::packet).filter(Packet::isStream)
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a packet of several commands reads '… +3 more' in English and '… 另 3 条' in Chinese")
    void severalCommands() {
        Packet packet = transaction();
        assertEquals("MULTI … +3 more · 83 B", packet.label());
        I18n i18n = new I18n(Locale.ENGLISH);
        assertEquals("MULTI … +3 more · 83 B", PacketLabels.localized(packet.label(), packet.labelWording(), i18n));
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("MULTI … 另 3 条 · 83 B", PacketLabels.localized(packet.label(), packet.labelWording(), i18n));
        Wording copy = new Wording("copy", packet.labelWording());
        assertEquals("MULTI … 另 3 条 · 83 B（副本）", PacketLabels.localized(packet.label() + " (copy)", copy, i18n));
    }

    @Test
    @DisplayName("labels without a wording are commands, replies and offsets, left as they are; a re-send is worded")
    void othersUnchanged() {
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        for (String label : List.of("SET key value · 33 B", "SELECT 0 + SET k v · 50 B", "ACK 200", "+FULLRESYNC 8de1787b… 0")) {
            assertEquals(label, PacketLabels.localized(label, null, i18n));
        }
        assertEquals("重发 1..33 · 33 B", PacketLabels.localized("re-send 1..33 · 33 B", new Wording("resend", "1", "33", "33"), i18n));
    }

    @Test
    @DisplayName("a long list of commands is cut, saying how many more there are")
    void listed() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertEquals(List.of("SET a 1", "SET b 2", "… +2 more"),
                PacketLabels.listed(List.of("SET a 1", "SET b 2", "SET c 3", "SET d 4"), 2, i18n));
        assertEquals(List.of("SET a 1", "SET b 2"), PacketLabels.listed(List.of("SET a 1", "SET b 2"), 2, i18n));
    }
}
