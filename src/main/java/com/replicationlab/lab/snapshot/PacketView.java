package com.replicationlab.lab.snapshot;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.Wording;

/**
 * A packet in flight: who sends it to whom, what it is, when it left and is due (virtual ms since
 * start), whether it will be lost or is held, its size and, for stream bytes, the offsets covered.
 *
 * @param labelWording the label's words for the window's language, or null when it is data only
 */
public record PacketView(long id, String from, String to, PacketKind kind, String label, Wording labelWording,
                         long sentMs, long dueMs,
                         boolean willBeLost, boolean held, int size, long streamFirst, byte[] bytes) {
}
