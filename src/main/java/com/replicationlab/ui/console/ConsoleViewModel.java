package com.replicationlab.ui.console;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.EventWords;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.session.ActionOutcome;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A redis-cli-like console on the lab: the node it talks to, what was typed and answered, the
 * history of lines, and completion. Every line gets an answer — a reply, the lab's refusal, or the
 * console's own words — and nothing typed can throw out of it.
 */
public final class ConsoleViewModel {
    static final int MAX_LINES = 2_000;
    static final int MAX_HISTORY = 200;

    private final LabViewModel lab;
    private final UiExecutor ui;
    private final I18n i18n;
    private final ObjectProperty<String> node = new SimpleObjectProperty<>(this, "node", "master");
    private final ObservableList<String> nodeNames = FXCollections.observableArrayList();
    private final ObservableList<TranscriptLine> transcript = FXCollections.observableArrayList();
    private final List<String> history = new ArrayList<>();
    private int historyAt;

    public ConsoleViewModel(LabViewModel lab, UiExecutor ui, I18n i18n) {
        this.lab = lab;
        this.ui = ui;
        this.i18n = i18n;
        lab.snapshotProperty().addListener((obs, old, now) -> nodesChanged(now));
        nodesChanged(lab.snapshot());
    }

    // ----- state -----

    /** The node a plain command goes to. */
    public ObjectProperty<String> nodeProperty() {
        return node;
    }

    public ObservableList<String> nodeNames() {
        return nodeNames;
    }

    public ObservableList<TranscriptLine> transcript() {
        return transcript;
    }

    // ----- commands -----

    /** Runs a line; its answer joins the transcript when it comes. */
    public void submit(String line) {
        String typed = line == null ? "" : line.strip();
        if (typed.isEmpty()) {
            return;
        }
        remember(typed);
        String current = node.get();
        boolean prompted = typed.contains(">") && nodeNames.contains(typed.substring(0, typed.indexOf('>')));
        add(TranscriptLine.Kind.TYPED, prompted ? typed : current + "> " + typed);
        ConsoleRequest request;
        try {
            request = lines().read(typed, current);
        } catch (RuntimeException e) {
            request = new ConsoleRequest.Problem("console.problem.unreadable", String.valueOf(e.getMessage()));
        }
        if (request instanceof ConsoleRequest.Act act) {
            lab.perform(act.action()).whenCompleteAsync(this::answered, ui);
        } else if (request instanceof ConsoleRequest.Advance advance) {
            lab.runFor(advance.ms());
            add(TranscriptLine.Kind.NOTE, i18n.get("console.advanced", Long.toString(advance.ms())));
        } else if (request instanceof ConsoleRequest.Step step) {
            for (int i = 0; i < step.events(); i++) {
                lab.step();
            }
            add(TranscriptLine.Kind.NOTE, i18n.get("console.stepped", Integer.toString(step.events())));
        } else if (request instanceof ConsoleRequest.Help) {
            for (String help : i18n.get("console.help").split("\\|")) {
                add(TranscriptLine.Kind.NOTE, help.strip());
            }
        } else if (request instanceof ConsoleRequest.Problem problem) {
            add(TranscriptLine.Kind.ERROR, i18n.get(problem.key(), problem.args()));
        }
    }

    private void answered(ActionOutcome outcome, Throwable failure) {
        if (failure != null) {
            add(TranscriptLine.Kind.ERROR, i18n.get("console.refused", String.valueOf(failure.getMessage())));
        } else if (!outcome.accepted()) {
            add(TranscriptLine.Kind.ERROR, i18n.get("console.refused", detail(outcome)));
        } else {
            for (String reply : detail(outcome).split("\n", -1)) {
                add(reply.startsWith("(error)") ? TranscriptLine.Kind.ERROR : TranscriptLine.Kind.REPLY, reply);
            }
        }
    }

    private String detail(ActionOutcome outcome) {
        return EventWords.outcome(outcome.wording(), outcome.detail(), i18n);
    }

    /** The line before in the history (↑), or null at its start. */
    public String previous() {
        if (historyAt == 0) {
            return history.isEmpty() ? null : history.get(0);
        }
        return history.get(--historyAt);
    }

    /** The line after in the history (↓); "" past its end. */
    public String next() {
        if (historyAt >= history.size() - 1) {
            historyAt = history.size();
            return "";
        }
        return history.get(++historyAt);
    }

    /**
     * Completes the first word of {@code text} (after a {@code node>} prompt if there is one): one
     * match is filled in; several are listed in the transcript and their common start filled in.
     */
    public String complete(String text) {
        int start = text.indexOf('>') + 1;
        String head = text.substring(0, start);
        String rest = text.substring(start);
        String leading = rest.substring(0, rest.length() - rest.stripLeading().length());
        String word = rest.stripLeading();
        if (word.contains(" ")) {
            return text;
        }
        List<String> matches = CommandNames.completing(word);
        if (matches.isEmpty()) {
            return text;
        }
        if (matches.size() == 1) {
            return head + leading + matches.get(0) + " ";
        }
        add(TranscriptLine.Kind.NOTE, String.join("  ", matches));
        return head + leading + CommandNames.commonPrefix(matches);
    }

    // ----- helpers -----

    private ConsoleLines lines() {
        LabSnapshot snapshot = lab.snapshot();
        Set<String> names = new LinkedHashSet<>(nodeNames);
        return new ConsoleLines(names, name -> snapshot == null ? null : snapshot.nodes().stream()
                .filter(n -> n.name().equals(name)).map(NodeView::masterName).findFirst().orElse(null));
    }

    private void remember(String line) {
        if (history.isEmpty() || !history.get(history.size() - 1).equals(line)) {
            history.add(line);
            if (history.size() > MAX_HISTORY) {
                history.remove(0);
            }
        }
        historyAt = history.size();
    }

    private void add(TranscriptLine.Kind kind, String text) {
        transcript.add(new TranscriptLine(kind, text));
        if (transcript.size() > MAX_LINES) {
            transcript.remove(0, transcript.size() - MAX_LINES);
        }
    }

    private void nodesChanged(LabSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        List<String> names = snapshot.nodes().stream().map(NodeView::name).toList();
        if (!names.equals(nodeNames)) {
            nodeNames.setAll(names);
            if (!names.contains(node.get())) {
                node.set(names.get(0));
            }
        }
    }
}
