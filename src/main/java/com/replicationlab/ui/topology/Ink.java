package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketKind;
import javafx.scene.paint.Color;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The colours the topology draws with. Each is a CSS property of the topology view
 * ({@code -rl-ink-card-fill} …) that a theme sets through looked-up colours; the default here is
 * the light theme's.
 */
public enum Ink {
    BACKGROUND("#f7f8fa"),
    CARD_FILL("#ffffff"),
    CARD_FILL_DOWN("#d9dce1"),
    CARD_BORDER("#5b6270"),
    SELECTION("#0b63ce"),
    TEXT("#15181d"),
    MUTED("#4f5663"),
    LINK("#7a8190"),
    OK("#087443"),
    WARN("#a15c00"),
    DANGER("#c0262d"),
    LABEL_FILL("#ffffffe6"),
    PACKET_WRITE("#0a62b0"),
    PACKET_ACK("#00875f"),
    PACKET_PING("#5d6b7a"),
    PACKET_GETACK("#b0437f"),
    PACKET_SYNC("#c07a00"),
    PACKET_RDB("#7b4a1e"),
    PACKET_RESEND("#d14a00"),
    PACKET_CLOSE("#222222"),
    PACKET_OTHER("#8a8f99");

    /** Each packet kind's ink, looked up once: the painters ask for one per packet per frame. */
    private static final Map<PacketKind, Ink> PACKET_INKS = new EnumMap<>(PacketKind.class);

    static {
        for (PacketKind kind : PacketKind.values()) {
            PACKET_INKS.put(kind, valueOf("PACKET_" + kind.name()));
        }
    }

    private final Color fallback;

    Ink(String fallback) {
        this.fallback = Color.web(fallback);
    }

    public Color fallback() {
        return fallback;
    }

    /** The CSS property: {@code -rl-ink-} and the name in lower case with dashes. */
    public String cssProperty() {
        return "-rl-ink-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Ink of(PacketKind kind) {
        return PACKET_INKS.get(kind);
    }
}
