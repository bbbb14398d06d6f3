package com.replicationlab.ui.topology;

import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.panels.WindowShowing;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the topology on a canvas once per display frame, from the newest snapshot only (never
 * waiting on the lab), and turns clicks into selection and context menus. A still picture (paused,
 * nothing moving, nothing changed) is not drawn again. The cards' shapes and the links' lines are
 * on a {@link Backdrop} under the canvas, drawn again only when they change; the canvas draws the
 * rest (words and figures, badges, packets, losses) over it.
 */
final class TopologySkin extends SkinBase<TopologyView> {
    /** A click this close to a lane (in units) hits the link. */
    private static final double LINK_HIT = 12;
    /** The frame overlay's figures change this often (ns): readable, and no text layout per frame. */
    private static final long OVERLAY_REFRESH_NANOS = 250_000_000;
    private static final double OVERLAY_MARGIN = 8;

    private final Canvas canvas = new Canvas();
    private final Label frameOverlay = new Label();
    private final Pen pen = new Pen(canvas.getGraphicsContext2D());
    private final Backdrop backdrop;
    private final CardPainter cards;
    private final LinkPainter links;
    private final PacketPainter packets;
    private final Ghosts ghosts = new Ghosts();
    private final CardMotion motion = new CardMotion();
    private final TopologyMenus menus;
    private final Map<String, String> remembered = new HashMap<>();
    private final AnimationTimer timer;
    private final ListChangeListener<TraceRecord> traceListener;
    private final ReadOnlyBooleanProperty inShowingWindow;
    private Frame lastFrame;
    private List<PacketSpot> lastSpots = List.of();
    private ContextMenu openMenu;
    private long nowNanos;
    private boolean stale = true;
    private long overlayShownNanos;

    TopologySkin(TopologyView view) {
        super(view);
        backdrop = new Backdrop(view.i18n());
        cards = new CardPainter(pen, view.i18n());
        links = new LinkPainter(pen, view.i18n());
        packets = new PacketPainter(pen, view.i18n());
        menus = new TopologyMenus(view.model(), view.i18n());
        getChildren().addAll(backdrop.canvas(), canvas, frameOverlay);
        canvas.setManaged(false);
        frameOverlay.setManaged(false);
        frameOverlay.getStyleClass().add("frame-overlay");
        frameOverlay.setMouseTransparent(true);
        frameOverlay.visibleProperty().bind(view.frameOverlayProperty());
        view.frameOverlayProperty().addListener((obs, was, on) -> refreshFrameOverlay(nowNanos));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                nowNanos = now;
                view.frameProbe().frame(now);
                if (stale || view.model().isPlaying() || ghosts.showing() || motion.moving()) {
                    stale = false;
                    draw();
                }
                if (frameOverlay.isVisible() && now - overlayShownNanos >= OVERLAY_REFRESH_NANOS) {
                    refreshFrameOverlay(now);
                }
            }
        };
        // Only while in a showing window: a closed or replaced window's timer would keep it all alive.
        inShowingWindow = WindowShowing.of(view);
        inShowingWindow.addListener((obs, was, now) -> runTimer(now));
        runTimer(inShowingWindow.get());
        traceListener = change -> {
            while (change.next()) {
                if (change.wasReplaced() && change.getFrom() == 0) {
                    ghosts.clear(); // a new lab (reset, step back): its history is not news
                } else if (change.wasAdded()) {
                    change.getAddedSubList().forEach(r -> ghosts.consider(r, view.model()::packet, nowNanos));
                }
            }
        };
        view.model().trace().addListener(traceListener);
        for (ObservableValue<?> change : List.of(view.model().snapshotProperty(), view.model().selectedNodeProperty(),
                view.model().selectedPacketProperty(), view.i18n().localeProperty(),
                view.appearance().reducedMotionProperty())) {
            registerChangeListener(change, c -> stale = true);
        }
        view.addInkListener(o -> stale = true);
        view.model().tcpPorts().addListener((MapChangeListener<String, Integer>) c -> stale = true);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menuRequested);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void runTimer(boolean showing) {
        if (showing) {
            stale = true;
            timer.start();
        } else {
            timer.stop();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        for (Canvas layer : List.of(backdrop.canvas(), canvas)) {
            layer.relocate(x, y);
            layer.setWidth(Math.floor(w));
            layer.setHeight(Math.floor(h));
        }
        placeFrameOverlay();
        draw();
    }

    /** The probe's figures in the overlay, sized and put in the canvas's top right corner. */
    private void refreshFrameOverlay(long now) {
        overlayShownNanos = now;
        FrameProbe.FrameStats stats = getSkinnable().frameProbe().stats();
        frameOverlay.setText(getSkinnable().i18n().get("frame.overlay", oneDecimal(stats.p50Ms()),
                oneDecimal(stats.p99Ms()), String.format(Locale.ROOT, "%.0f", stats.fps())));
        placeFrameOverlay();
    }

    private void placeFrameOverlay() {
        if (!frameOverlay.isVisible()) {
            return;
        }
        // Unmanaged, so nothing sizes it but this; its CSS first, for the width of its text.
        frameOverlay.applyCss();
        frameOverlay.autosize();
        frameOverlay.relocate(canvas.getLayoutX() + canvas.getWidth() - frameOverlay.getWidth() - OVERLAY_MARGIN,
                canvas.getLayoutY() + OVERLAY_MARGIN);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public void dispose() {
        timer.stop();
        getSkinnable().model().trace().removeListener(traceListener);
        super.dispose();
    }

    private void draw() {
        TopologyView view = getSkinnable();
        LabViewModel model = view.model();
        LabSnapshot snapshot = model.snapshot();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        Placement placement = snapshot == null ? null : Placement.of(snapshot, w, h, view.scale());
        double unit = placement == null ? 1 : placement.unit();
        pen.begin(unit, view::ink);
        pen.gc.clearRect(0, 0, w, h);
        if (snapshot == null) {
            backdrop.draw(null, unit, null, view::ink);
            return;
        }
        snapshot.nodes().forEach(n -> {
            if (n.masterName() != null) {
                remembered.put(n.name(), n.masterName());
            }
        });
        remembered.keySet().removeIf(name -> snapshot.nodes().stream().noneMatch(n -> n.name().equals(name)));
        Map<String, Box> shown = motion.follow(placement.cards(), nowNanos, view.appearance().isReducedMotion());
        Frame frame = new Frame(snapshot, model.virtualTimeMs(), placement.unit(), shown, remembered);
        backdrop.draw(frame, unit, model.selectedNodeProperty().get(), view::ink);
        List<Box> occupied = new ArrayList<>();
        for (NodeView node : snapshot.nodes()) {
            Box box = shown.get(node.name());
            cards.paintWords(node, box, frame, model.tcpPorts().get(node.name()));
            occupied.add(box);
        }
        long defaultLatency = model.specProperty().get().latencyMs();
        for (LinkLine link : frame.links) {
            links.paintBadges(link, frame, defaultLatency, occupied);
        }
        lastSpots = packets.paint(frame, model.selectedPacketProperty().get(), occupied);
        // Last: a loss is news, drawn over everything for the moment it shows.
        ghosts.paint(pen, frame, view.i18n(), nowNanos, view.appearance().isReducedMotion());
        lastFrame = frame;
    }

    // ----- clicks -----

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY && event.getButton() != MouseButton.SECONDARY) {
            return;
        }
        getSkinnable().requestFocus();
        Target target = targetAt(event.getX(), event.getY());
        LabViewModel model = getSkinnable().model();
        if (target instanceof Target.Node node) {
            model.selectedNodeProperty().set(node.name());
            if (event.getButton() == MouseButton.SECONDARY) {
                show(menus.forNode(lastFrame.snapshot.node(node.name())), event.getScreenX(), event.getScreenY());
            }
        } else if (target instanceof Target.Packet packet) {
            model.selectedPacketProperty().set(packet.id());
            model.packet(packet.id()).ifPresent(view -> show(menus.forPacket(view), event.getScreenX(), event.getScreenY()));
        } else if (target instanceof Target.Link link) {
            show(menus.forLink(link.line(), lastFrame.snapshot), event.getScreenX(), event.getScreenY());
        } else {
            model.selectedNodeProperty().set(null);
            model.selectedPacketProperty().set(0);
        }
        event.consume();
    }

    /** With the canvas focused: Enter opens the selected node's menu, L its link's. */
    private void keyPressed(KeyEvent event) {
        String selected = getSkinnable().model().selectedNodeProperty().get();
        if (event.getCode() == KeyCode.ENTER && packetMenuFromKeyboard()) {
            event.consume();
            return;
        }
        if (selected == null || lastFrame == null) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER) {
            Box box = lastFrame.cards.get(selected);
            if (box != null) {
                Point2D screen = canvas.localToScreen(box.centreX(), box.bottom());
                show(menus.forNode(lastFrame.snapshot.node(selected)), screen.getX(), screen.getY());
                event.consume();
            }
        } else if (event.getCode() == KeyCode.L) {
            lastFrame.links.stream().filter(l -> l.replica().equals(selected)).findFirst().ifPresent(link -> {
                Point2D screen = canvas.localToScreen(link.down().xAt(0.5), link.down().yAt(0.5));
                show(menus.forLink(link, lastFrame.snapshot), screen.getX(), screen.getY());
                event.consume();
            });
        }
    }

    /** Enter with a packet selected (K) that is still drawn: that packet's menu. */
    private boolean packetMenuFromKeyboard() {
        LabViewModel model = getSkinnable().model();
        long id = model.selectedPacketProperty().get();
        Optional<PacketSpot> spot = lastSpots.stream().filter(s -> s.id() == id).findFirst();
        if (spot.isEmpty() || model.packet(id).isEmpty()) {
            return false;
        }
        Point2D screen = canvas.localToScreen(spot.get().x(), spot.get().y());
        show(menus.forPacket(model.packet(id).get()), screen.getX(), screen.getY());
        return true;
    }

    /** The keyboard's context-menu key: the selected node's menu. */
    private void menuRequested(ContextMenuEvent event) {
        String selected = getSkinnable().model().selectedNodeProperty().get();
        if (event.isKeyboardTrigger() && selected != null && lastFrame != null) {
            Box box = lastFrame.cards.get(selected);
            if (box != null) {
                Point2D screen = canvas.localToScreen(box.centreX(), box.bottom());
                show(menus.forNode(lastFrame.snapshot.node(selected)), screen.getX(), screen.getY());
            }
        }
        event.consume();
    }

    private void show(ContextMenu menu, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(canvas, screenX, screenY);
    }

    int backdropDraws() {
        return backdrop.draws();
    }

    Optional<Point2D> pointOfNode(String name) {
        return Optional.ofNullable(lastFrame).map(f -> f.cards.get(name)).map(b -> new Point2D(b.centreX(), b.y() + b.h() / 2));
    }

    Optional<Point2D> pointOfLink(String master, String replica) {
        return Optional.ofNullable(lastFrame).map(f -> f.linkOf(master, replica))
                .map(l -> new Point2D((l.down().xAt(0.62) + l.up().xAt(0.62)) / 2, (l.down().yAt(0.62) + l.up().yAt(0.62)) / 2));
    }

    Optional<Point2D> pointOfPacket(long id) {
        return lastSpots.stream().filter(s -> s.id() == id).findFirst().map(s -> new Point2D(s.x(), s.y()));
    }

    /** What is at a point of the last frame: a packet above a card above a link. */
    Target targetAt(double x, double y) {
        if (lastFrame == null) {
            return null;
        }
        for (int i = lastSpots.size() - 1; i >= 0; i--) {
            if (lastSpots.get(i).hit(x, y)) {
                return new Target.Packet(lastSpots.get(i).id());
            }
        }
        for (Map.Entry<String, Box> card : lastFrame.cards.entrySet()) {
            if (card.getValue().contains(x, y)) {
                return new Target.Node(card.getKey());
            }
        }
        return lastFrame.links.stream().filter(l -> l.distanceTo(x, y) <= LINK_HIT * lastFrame.unit)
                .min((a, b) -> Double.compare(a.distanceTo(x, y), b.distanceTo(x, y)))
                .map(l -> (Target) new Target.Link(l)).orElse(null);
    }

    /** Something on the canvas a click can mean. */
    sealed interface Target {
        record Node(String name) implements Target {
        }

        record Packet(long id) implements Target {
        }

        record Link(LinkLine line) implements Target {
        }
    }
}
