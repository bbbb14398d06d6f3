package com.replicationlab.ui.window;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.theme.Appearance;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * The window's keys: Space play/pause, → step, ← step back, +/− speed, ? help, F12 frame times, and a few more
 * (see the help sheet). Typing in a text field is left alone.
 */
final class KeyboardShortcuts {
    private final LabViewModel model;
    private final Appearance appearance;
    private final HelpSheet help;
    private final Runnable fullScreen;
    private final Runnable frameOverlay;

    KeyboardShortcuts(LabViewModel model, Appearance appearance, HelpSheet help, Runnable fullScreen,
                      Runnable frameOverlay) {
        this.model = model;
        this.appearance = appearance;
        this.help = help;
        this.fullScreen = fullScreen;
        this.frameOverlay = frameOverlay;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (scene.getFocusOwner() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            if (pressed(event.getCode(), event.isShiftDown())) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl) && "?".equals(event.getCharacter())) {
                help.toggle();
                event.consume();
            }
        });
    }

    private boolean pressed(KeyCode code, boolean shift) {
        switch (code) {
            case SPACE -> model.togglePlaying();
            case RIGHT -> model.step();
            case LEFT -> model.stepBack();
            case PLUS, ADD -> model.faster();
            case EQUALS -> {
                if (!shift) {
                    return false;
                }
                model.faster();
            }
            case MINUS, SUBTRACT -> model.slower();
            case R -> {
                // Reset throws the lab away: a stray key must not do that, so it takes Shift.
                if (!shift) {
                    return false;
                }
                model.reset();
            }
            case W -> model.writeKey();
            case N -> selectNextNode();
            case K -> selectNextPacket();
            case P -> appearance.presentationProperty().set(!appearance.presentationProperty().get());
            case F11 -> fullScreen.run();
            case F12 -> frameOverlay.run();
            case ESCAPE -> {
                if (!help.isShowing()) {
                    return false;
                }
                help.hide();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** K: the next packet in flight (by id), so a packet's menu is reachable from the keyboard. */
    private void selectNextPacket() {
        LabSnapshot snapshot = model.snapshot();
        if (snapshot == null || snapshot.packets().isEmpty()) {
            return;
        }
        long selected = model.selectedPacketProperty().get();
        long next = snapshot.packets().stream().mapToLong(PacketView::id).filter(id -> id > selected).min()
                .orElse(snapshot.packets().get(0).id());
        model.selectedPacketProperty().set(next);
    }

    private void selectNextNode() {
        LabSnapshot snapshot = model.snapshot();
        if (snapshot == null) {
            return;
        }
        List<String> names = snapshot.nodes().stream().map(NodeView::name).toList();
        int at = names.indexOf(model.selectedNodeProperty().get());
        model.selectedNodeProperty().set(names.get((at + 1) % names.size()));
    }
}
