package com.replicationlab.ui.topology;

import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.css.converter.SizeConverter;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A control that draws with the topology's inks: each ink and the type scale is a CSS property
 * ({@code -rl-ink-*}, {@code -rl-scale}) that the themes set through looked-up colours.
 */
public abstract class InkedControl extends Control {
    private static final Map<Ink, CssMetaData<InkedControl, Paint>> INK_META = new EnumMap<>(Ink.class);
    private static final CssMetaData<InkedControl, Number> SCALE_META;
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META;

    static {
        for (Ink ink : Ink.values()) {
            INK_META.put(ink, new CssMetaData<>(ink.cssProperty(), PaintConverter.getInstance(), ink.fallback()) {
                @Override
                public boolean isSettable(InkedControl view) {
                    return !view.inks.get(ink).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(InkedControl view) {
                    return view.inks.get(ink);
                }
            });
        }
        SCALE_META = new CssMetaData<>("-rl-scale", SizeConverter.getInstance(), 1.0) {
            @Override
            public boolean isSettable(InkedControl view) {
                return !view.scale.isBound();
            }

            @Override
            public StyleableProperty<Number> getStyleableProperty(InkedControl view) {
                return view.scale;
            }
        };
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(INK_META.values());
        all.add(SCALE_META);
        CSS_META = Collections.unmodifiableList(all);
    }

    private final Map<Ink, StyleableObjectProperty<Paint>> inks = new EnumMap<>(Ink.class);
    private final StyleableDoubleProperty scale = new SimpleStyleableDoubleProperty(SCALE_META, this, "scale", 1.0);
    protected InkedControl() {
        for (Ink ink : Ink.values()) {
            inks.put(ink, new SimpleStyleableObjectProperty<>(INK_META.get(ink), this, ink.name(), ink.fallback()));
        }
        getStyleClass().add("inked");
    }

    /** Hears when the theme changes an ink. */
    public void addInkListener(InvalidationListener listener) {
        inks.values().forEach(p -> p.addListener(listener));
    }

    /** The ink as the theme sets it now. */
    public Color ink(Ink ink) {
        return inks.get(ink).get() instanceof Color colour ? colour : ink.fallback();
    }

    /** The theme's type scale: 1 normally, larger for presentation. */
    public double scale() {
        return scale.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS_META;
    }
}
