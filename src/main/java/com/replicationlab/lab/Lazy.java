package com.replicationlab.lab;

import java.util.function.Supplier;

/**
 * A value made the first time somebody asks for it, then kept. Packet labels and trace texts are
 * made this way: most are never read (a headless run, a served lab), and making them was a large
 * part of the lab's work. What they are made from never changes, so a late text is the same text.
 */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> source;
    private T value;

    Lazy(Supplier<T> source) {
        this.source = source;
    }

    static <T> Lazy<T> of(T value) {
        Lazy<T> lazy = new Lazy<>(null);
        lazy.value = value;
        return lazy;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = source.get();
            source = null;
        }
        return value;
    }
}
