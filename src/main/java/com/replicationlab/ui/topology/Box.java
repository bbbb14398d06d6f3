package com.replicationlab.ui.topology;

/** A rectangle on the canvas. */
record Box(double x, double y, double w, double h) {

    boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    boolean intersects(Box other) {
        return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }

    double centreX() {
        return x + w / 2;
    }

    double bottom() {
        return y + h;
    }

    /** This box moved a fraction {@code f} of the way to {@code target}. */
    Box toward(Box target, double f) {
        return new Box(x + (target.x - x) * f, y + (target.y - y) * f, w + (target.w - w) * f, h + (target.h - h) * f);
    }
}
