package com.replicationlab.resp;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * One client request as it came off the wire.
 *
 * @param args      the command and its arguments; empty for a request that carries no command
 *                  (an empty inline line, which a replica sends as a keepalive, or a {@code *0} /
 *                  {@code *-1} header, which Redis skips)
 * @param wireBytes exactly how many bytes the request took on the wire, terminators included; a
 *                  replica adds it to its replication offset
 * @param inline    true for the inline form ({@code PING\r\n}), false for a multibulk array; Redis
 *                  closes a master link that sends an inline request other than an empty line
 */
public record Request(List<byte[]> args, int wireBytes, boolean inline) {

    public Request {
        // The parser's own list cannot change already; any other is wrapped so that it cannot.
        if (!(args instanceof ArgumentList)) {
            args = Collections.unmodifiableList(args);
        }
    }

    /** True when there is no command to run; the bytes still count. */
    public boolean isEmpty() {
        return args.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(inline ? "Request[inline " : "Request[");
        for (byte[] arg : args) {
            text.append('"').append(new String(arg, StandardCharsets.UTF_8)).append("\" ");
        }
        return text.append(wireBytes).append(" bytes]").toString();
    }
}
