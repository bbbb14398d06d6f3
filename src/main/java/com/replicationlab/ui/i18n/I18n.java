package com.replicationlab.ui.i18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words, from resource bundles, in the language chosen at run time. Views bind their
 * text to {@link #text}, so switching the language relabels the whole window at once.
 */
public final class I18n {
    /** The languages the window speaks: English and Simplified Chinese. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final String BUNDLE = "com.replicationlab.ui.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private ResourceBundle bundle;
    /**
     * The bundle's patterns, parsed once: the event log words every line it shows through one,
     * and parsing a pattern made more garbage than the line itself. For the bundle loaded now.
     */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** "zh-CN", "zh", "en" … → one of {@link #LANGUAGES} (English for anything else). */
    public static Locale parse(String tag) {
        return supported(Locale.forLanguageTag(tag.replace('_', '-')));
    }

    private static Locale supported(Locale wanted) {
        return wanted.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** English is the base bundle, whose locale is the root locale. */
    private static boolean isBase(ResourceBundle bundle, Locale wanted) {
        return bundle.getLocale().equals(Locale.ROOT) && wanted.equals(Locale.ENGLISH);
    }

    private static ResourceBundle load(Locale locale) {
        // No fallback to the machine's locale: English is the base bundle itself.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale wanted) {
        locale.set(supported(wanted));
    }

    /** The text of {@code key} now, with {@code args} put in ({0}, {1} … as MessageFormat does). */
    public String get(String key, Object... args) {
        // Loaded here, not in a listener: bindings may ask for text before any listener has run.
        if (bundle == null || !bundle.getLocale().equals(locale.get()) && !isBase(bundle, locale.get())) {
            bundle = load(locale.get());
            formats.clear();
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟨" + key + "⟩";
        }
        if (args.length == 0) {
            return pattern;
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale.get())).format(args);
    }

    /** The text of {@code key}, following the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
