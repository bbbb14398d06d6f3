package com.replicationlab.lab;

/**
 * What is said of one packet: "#12 master->replica-1 SET k v · 33 B" when it was sent or
 * delivered, "deliver #12 …" or "lose #12 …" while that is the next event. It keeps the packet,
 * not the text: the label is made only if somebody reads it. Its wording's arguments are the
 * packet's number, direction and label (the label's own wording where it has words in it).
 */
final class PacketWords implements Words {
    private final String verb;
    private final String key;
    private final Packet packet;

    /** @param verb what the next event will do to the packet, or null for what has happened to it */
    private PacketWords(String verb, String key, Packet packet) {
        this.verb = verb;
        this.key = key;
        this.packet = packet;
    }

    static PacketWords sent(Packet packet) {
        return new PacketWords(null, "sent", packet);
    }

    static PacketWords delivered(Packet packet) {
        return new PacketWords(null, "delivered", packet);
    }

    static PacketWords deliver(Packet packet) {
        return new PacketWords("deliver", "deliver", packet);
    }

    static PacketWords lose(Packet packet) {
        return new PacketWords("lose", "lose", packet);
    }

    @Override
    public String text() {
        String said = "#" + packet.id() + " " + packet.direction() + " " + packet.label();
        return verb == null ? said : verb + " " + said;
    }

    @Override
    public Wording wording() {
        return new Wording(key, Long.toString(packet.id()), packet.direction(), packet.labelArgument());
    }
}
