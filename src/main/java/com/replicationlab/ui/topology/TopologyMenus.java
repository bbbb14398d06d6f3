package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketCommands;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.PacketLabels;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabActions;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.List;
import java.util.Locale;

/**
 * The context menus of the canvas: every operation on a node, a link or a packet in flight, each
 * performed as an action through the view model.
 */
final class TopologyMenus {
    private static final List<Integer> DROP_RATES = List.of(0, 10, 25, 50, 100);
    private static final List<Long> LATENCIES_MS = List.of(10L, 50L, 200L, 500L, 1000L, 3000L);
    private static final List<Integer> MAX_LAGS = List.of(1, 2, 5, 10);
    /** Enough of a packet's bytes to read a command or two; the inspector shows them all. */
    private static final int PACKET_BYTES_SHOWN = 96;
    /** Commands of a batch listed in a packet's menu; more would not fit on the screen. */
    private static final int MENU_COMMANDS_SHOWN = 20;

    private final LabViewModel model;
    private final I18n i18n;

    TopologyMenus(LabViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    ContextMenu forNode(NodeView node) {
        ContextMenu menu = new ContextMenu(header(node.name()));
        String name = node.name();
        menu.getItems().add(item("menu-select", i18n.get("menu.node.select"), () -> model.selectedNodeProperty().set(name)));
        if (node.up() && !node.replica()) {
            String key = "key:" + (node.keyCount() + 1);
            menu.getItems().add(action("menu-write", i18n.get("menu.node.write", key),
                    LabActions.command(name, List.of("SET", key, "value-" + (node.keyCount() + 1)))));
        }
        MenuItem port = item("menu-tcp", i18n.get("menu.node.tcp"), () -> model.openTcpPort(name, node.port())
                .whenComplete((bound, failure) -> {
                    if (failure == null) {
                        model.inform(i18n.get("status.tcpOpen", name, Integer.toString(bound)));
                    } else {
                        model.report(i18n.get("status.tcpFailed", name, failure.getMessage()));
                    }
                }));
        port.setDisable(model.tcpPorts().containsKey(name));
        menu.getItems().add(port);
        if (node.up()) {
            menu.getItems().add(action("menu-crash", i18n.get("menu.node.crash"), LabActions.crash(name)));
        } else {
            menu.getItems().add(action("menu-restart", i18n.get("menu.node.restart"), LabActions.restart(name)));
        }
        if (node.up() && node.replica()) {
            menu.getItems().add(action("menu-promote", i18n.get("menu.node.promote"), LabActions.promote(name)));
        }
        if (node.up() && !node.replica()) {
            Menu toWrite = new Menu(i18n.get("menu.node.minReplicasToWrite"));
            for (int n = 0; n <= Math.max(1, node.replicas().size()); n++) {
                toWrite.getItems().add(action("menu-min-replicas-" + n, i18n.get("menu.node.minReplicas.value", n),
                        LabActions.config(name, "min-replicas-to-write", Integer.toString(n))));
            }
            Menu maxLag = new Menu(i18n.get("menu.node.minReplicasMaxLag"));
            for (int seconds : MAX_LAGS) {
                maxLag.getItems().add(action("menu-max-lag-" + seconds, i18n.get("menu.node.seconds", seconds),
                        LabActions.config(name, "min-replicas-max-lag", Integer.toString(seconds))));
            }
            menu.getItems().addAll(new SeparatorMenuItem(), toWrite, maxLag);
        }
        return menu;
    }

    ContextMenu forLink(LinkLine link, LabSnapshot snapshot) {
        String m = link.master();
        String r = link.replica();
        ContextMenu menu = new ContextMenu(header(m + " ⇄ " + r));
        for (String[] way : List.of(new String[] {m, r, "down"}, new String[] {r, m, "up"})) {
            String from = way[0];
            String to = way[1];
            String arrow = from + " → " + to;
            String suffix = "-" + way[2];
            menu.getItems().addAll(new SeparatorMenuItem(),
                    action("menu-drop-next" + suffix, i18n.get("menu.link.dropNext", arrow), LabActions.dropNext(from, to)),
                    action("menu-duplicate-next" + suffix, i18n.get("menu.link.duplicateNext", arrow),
                            LabActions.duplicateNext(from, to)),
                    action("menu-hold-next" + suffix, i18n.get("menu.link.holdNext", arrow), LabActions.holdNext(from, to)),
                    action("menu-release" + suffix, i18n.get("menu.link.release", arrow), LabActions.release(from, to)),
                    dropRates(from, to, arrow, suffix),
                    latencies(from, to, arrow, suffix));
        }
        boolean dead = snapshot.links().stream().anyMatch(l -> l.dead()
                && (l.from().equals(m) && l.to().equals(r) || l.from().equals(r) && l.to().equals(m)));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(dead ? action("menu-heal", i18n.get("menu.link.heal"), LabActions.healLink(m, r))
                : action("menu-kill", i18n.get("menu.link.kill"), LabActions.killLink(m, r)));
        menu.getItems().add(action("menu-close", i18n.get("menu.link.close"), LabActions.closeLink(m, r)));
        return menu;
    }

    /** The packet's operations, under what it is: its bytes as RESP, the stream offsets it covers, its times. */
    ContextMenu forPacket(PacketView packet) {
        long id = packet.id();
        ContextMenu menu = new ContextMenu(header("#" + id + "  " + packet.from() + " → " + packet.to() + "  "
                + PacketLabels.localized(packet.label(), packet.labelWording(), i18n)));
        List<String> commands = PacketCommands.of(packet.bytes());
        if (commands.size() > 1) {
            // A packet of a batch: every command it carries, as the bytes below show only its start.
            MenuItem listed = header(i18n.get("menu.packet.commands", Integer.toString(commands.size())) + "\n"
                    + String.join("\n", PacketLabels.listed(commands, MENU_COMMANDS_SHOWN, i18n)));
            listed.getStyleClass().add("menu-detail");
            menu.getItems().add(listed);
        }
        MenuItem bytes = header(PacketText.escaped(packet.bytes(), PACKET_BYTES_SHOWN));
        bytes.getStyleClass().add("menu-bytes");
        menu.getItems().add(bytes);
        String times = i18n.get("menu.packet.times", seconds(packet.sentMs()), seconds(packet.dueMs()));
        MenuItem where = header(packet.streamFirst() < 0 ? times
                : i18n.get("menu.packet.offsets", packet.streamFirst(), packet.streamFirst() + packet.size() - 1) + " · " + times);
        where.getStyleClass().add("menu-detail");
        menu.getItems().add(where);
        menu.getItems().addAll(new SeparatorMenuItem(),
                action("menu-packet-drop", i18n.get("menu.packet.drop"), LabActions.dropPacket(id)),
                action("menu-packet-hold", i18n.get("menu.packet.hold"), LabActions.holdPacket(id)),
                action("menu-packet-duplicate", i18n.get("menu.packet.duplicate"), LabActions.duplicatePacket(id)),
                action("menu-packet-deliver", i18n.get("menu.packet.deliver"), LabActions.deliverPacket(id)));
        return menu;
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    private Menu dropRates(String from, String to, String arrow, String suffix) {
        Menu menu = new Menu(i18n.get("menu.link.dropRate", arrow));
        for (int percent : DROP_RATES) {
            menu.getItems().add(action("menu-drop-rate-" + percent + suffix, percent + "%",
                    LabActions.dropRate(from, to, percent)));
        }
        return menu;
    }

    private Menu latencies(String from, String to, String arrow, String suffix) {
        Menu menu = new Menu(i18n.get("menu.link.latency", arrow));
        for (long ms : LATENCIES_MS) {
            menu.getItems().add(action("menu-latency-" + ms + suffix, i18n.get("menu.link.ms", ms),
                    LabActions.delay(from, to, ms)));
        }
        return menu;
    }

    private static MenuItem header(String text) {
        MenuItem header = new MenuItem(text);
        header.setDisable(true);
        header.getStyleClass().add("menu-header");
        return header;
    }

    private MenuItem action(String id, String text, LabAction action) {
        return item(id, text, () -> model.perform(action));
    }

    private static MenuItem item(String id, String text, Runnable run) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> run.run());
        return item;
    }
}
