package com.replicationlab.ui.topology;

/** One direction of a link on the canvas: a straight path from the sender's card to the receiver's. */
record Lane(String from, String to, double x1, double y1, double x2, double y2) {

    double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    double xAt(double t) {
        return x1 + (x2 - x1) * t;
    }

    double yAt(double t) {
        return y1 + (y2 - y1) * t;
    }

    /** Unit normal pointing to the lane's left (as seen travelling along it). */
    double normalX() {
        return (y2 - y1) / Math.max(1e-9, length());
    }

    double normalY() {
        return -(x2 - x1) / Math.max(1e-9, length());
    }

    /** Distance from a point to the lane's segment. */
    double distanceTo(double px, double py) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        return Math.hypot(px - xAt(t), py - yAt(t));
    }
}
