package com.replicationlab.ui.console;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.HintedToolbar;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.TextCell;
import com.replicationlab.ui.panels.PanelContext;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Locale;

/**
 * The console panel: choose a node, type a command as in redis-cli ({@code SET k v}) or a lab action
 * ({@code drop next master->replica-1}); ↑/↓ walk the history, Tab completes a command name.
 */
public final class ConsolePanel implements LabPanel {

    @Override
    public String titleKey() {
        return "panel.console";
    }

    @Override
    public Slot slot() {
        return Slot.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        ConsoleViewModel vm = new ConsoleViewModel(context.model(), context.ui(), i18n);

        ListView<TranscriptLine> output = new ListView<>(vm.transcript());
        output.setId("consoleOutput");
        output.getStyleClass().add("console-output");
        output.accessibleTextProperty().bind(i18n.text("console.output.accessible"));
        output.setCellFactory(view -> new TextCell<>(TranscriptLine::text,
                line -> "console-" + line.kind().name().toLowerCase(Locale.ROOT)));
        Label welcome = new Label();
        welcome.textProperty().bind(i18n.text("console.welcome"));
        welcome.setWrapText(true);
        output.setPlaceholder(welcome);
        vm.transcript().addListener((ListChangeListener<TranscriptLine>) c ->
                context.ui().execute(() -> output.scrollTo(Math.max(0, vm.transcript().size() - 1))));

        BorderPane pane = new BorderPane(output);
        pane.setTop(header(vm, i18n));
        pane.setBottom(input(vm, i18n));
        pane.getStyleClass().add("console-panel");
        return pane;
    }

    private static Node header(ConsoleViewModel vm, I18n i18n) {
        Label label = new Label();
        label.textProperty().bind(i18n.text("console.node"));
        ComboBox<String> nodes = new ComboBox<>(vm.nodeNames());
        nodes.setId("consoleNode");
        nodes.valueProperty().bindBidirectional(vm.nodeProperty());
        nodes.accessibleTextProperty().bind(i18n.text("console.node.accessible"));
        label.setLabelFor(nodes);
        Label hint = new Label();
        hint.setId("consoleHint");
        hint.getStyleClass().add("panel-hint");
        hint.textProperty().bind(i18n.text("console.hint"));
        return HintedToolbar.of(hint, label, nodes);
    }

    private static Node input(ConsoleViewModel vm, I18n i18n) {
        Label prompt = new Label();
        prompt.getStyleClass().add("console-prompt");
        prompt.textProperty().bind(Bindings.concat(vm.nodeProperty(), ">"));
        TextField field = new TextField();
        field.setId("consoleInput");
        // Opening the console's tab puts the cursor here, so typing goes to the node, not to the window's keys.
        field.getStyleClass().addAll("console-input", LabPanel.FOCUS_ON_OPEN);
        field.accessibleTextProperty().bind(i18n.text("console.input.accessible"));
        field.promptTextProperty().bind(i18n.text("console.input.prompt"));
        prompt.setLabelFor(field);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnAction(e -> {
            vm.submit(field.getText());
            field.clear();
        });
        // A filter: Tab must complete here rather than move the focus on.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown()) {
                field.setText(vm.complete(field.getText()));
                field.end();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                String line = vm.previous();
                if (line != null) {
                    field.setText(line);
                    field.end();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                field.setText(vm.next());
                field.end();
                e.consume();
            }
        });
        HBox row = new HBox(6, prompt, field);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("console-input-row");
        return row;
    }
}
