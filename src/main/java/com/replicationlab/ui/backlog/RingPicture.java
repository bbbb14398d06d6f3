package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;

import java.util.List;

/**
 * Everything the ring draws, at one moment: whose backlog, the backlog itself (null before the
 * master made one), the commands it holds, where each replica's acknowledgement stands, and the
 * ranges lately served from it with how brightly to light each (1 just now, fading to 0).
 */
public record RingPicture(String master, BacklogView backlog, List<StreamCommand> commands, List<AckMarker> markers,
                          List<Flash> flashes) {

    public static final RingPicture EMPTY = new RingPicture(null, null, List.of(), List.of(), List.of());

    /** A replica's acknowledged offset, as its master knows it. */
    public record AckMarker(String replica, long ackOffset) {
    }

    public record Flash(ServedRange range, double strength) {
    }
}
