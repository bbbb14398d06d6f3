package com.replicationlab.ui.panels;

import javafx.scene.control.ListCell;

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
        if (shownClass != null) {
            getStyleClass().remove(shownClass);
            shownClass = null;
        }
        if (empty || item == null) {
            setText(null);
            return;
        }
        setText(text.apply(item));
        shownClass = styleClass.apply(item);
        if (shownClass != null) {
            getStyleClass().add(shownClass);
        }
    }
}
