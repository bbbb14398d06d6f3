package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketCommands;
import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.PacketLabels;
import com.replicationlab.ui.i18n.I18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A packet in words for the details pane: its trip, its stream offsets and its exact bytes. */
final class TripDetails {
    /** Commands listed one a line; a re-send can carry thousands. */
    private static final int MAX_COMMANDS_LISTED = 200;

    private TripDetails() {
    }

    static String of(PacketTrip trip, Optional<PacketView> seen, I18n i18n) {
        if (trip == null) {
            return i18n.get("sequence.details.none");
        }
        StringBuilder out = new StringBuilder();
        PacketKind kind = SequenceViewModel.kindOf(trip);
        out.append(i18n.get("sequence.details.title", Long.toString(trip.id()), trip.from(), trip.to(),
                        PacketLabels.localized(trip.label(), trip.labelWording(), i18n)))
                .append('\n');
        out.append(i18n.get("sequence.details.kind", i18n.get("legend." + kind.name().toLowerCase(Locale.ROOT))))
                .append('\n');
        String sent = seconds(trip.sentMs());
        out.append(switch (trip.fate()) {
            case DELIVERED -> i18n.get("sequence.details.delivered", sent, seconds(trip.endMs()),
                    Long.toString(trip.endMs() - trip.sentMs()));
            case LOST -> i18n.get("sequence.details.lost", sent, seconds(trip.endMs()));
            case DISCARDED -> i18n.get("sequence.details.discarded", sent, seconds(trip.endMs()));
            case IN_FLIGHT -> i18n.get(trip.held() ? "sequence.details.held" : "sequence.details.flying", sent);
        }).append('\n');
        if (seen.isEmpty()) {
            return out.append('\n').append(i18n.get("sequence.details.unseen")).toString();
        }
        PacketView packet = seen.get();
        if (packet.streamFirst() >= 0) {
            long last = packet.streamFirst() + packet.size() - 1;
            out.append(i18n.get("sequence.details.offsets", Long.toString(packet.streamFirst()), Long.toString(last),
                    Integer.toString(packet.size()))).append('\n');
        } else {
            out.append(i18n.get("sequence.details.notStream", Integer.toString(packet.size()))).append('\n');
        }
        List<String> commands = PacketCommands.of(packet.bytes());
        if (commands.size() > 1) {
            out.append('\n').append(i18n.get("sequence.details.commands", Integer.toString(commands.size())))
                    .append('\n');
            PacketLabels.listed(commands, MAX_COMMANDS_LISTED, i18n).forEach(line -> out.append(line).append('\n'));
        }
        out.append('\n').append(i18n.get("sequence.details.bytes")).append('\n');
        out.append(RespText.visible(packet.bytes()));
        if (packet.bytes().length > RespText.MAX_BYTES) {
            out.append('\n').append(i18n.get("sequence.details.more",
                    Integer.toString(packet.bytes().length - RespText.MAX_BYTES)));
        }
        return out.toString();
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }
}
