package com.replicationlab.ui.panels;

import javafx.scene.control.ListCell;

import java.util.Objects;
import java.util.function.Function;

/**
 * A list or drop-down cell showing one line of text for its item, optionally with one style class
 * chosen by the item (a log line's kind, so the theme colours it).
 */
public final class TextCell<T> extends ListCell<T> {
    private final Function<T, String> text;
    private final Function<T, String> styleClass;
    private String shownClass;

    public TextCell(Function<T, String> text) {
        this(text, item -> null);
    }

    public TextCell(Function<T, String> text, Function<T, String> styleClass) {
        this.text = text;
        this.styleClass = styleClass;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        boolean shown = !empty && item != null;
        setText(shown ? text.apply(item) : null);
        showClass(shown ? styleClass.apply(item) : null);
    }

    /** A change of style class makes the cell's CSS be applied again: a log's rows keep theirs mostly. */
    private void showClass(String wanted) {
        if (Objects.equals(wanted, shownClass)) {
            return;
        }
        if (shownClass != null) {
            getStyleClass().remove(shownClass);
        }
        if (wanted != null) {
            getStyleClass().add(wanted);
        }
        shownClass = wanted;
    }
}
