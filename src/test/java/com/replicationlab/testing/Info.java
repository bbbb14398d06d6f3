package com.replicationlab.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** INFO text as a map of field to value. */
public final class Info {
    private Info() {
    }

    public static Map<String, String> parse(String info) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : info.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return fields;
    }

    /** The "offset" and "lag" parts of a slaveN line. */
    public static Map<String, String> replicaLine(String line) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : line.split(",")) {
            int eq = part.indexOf('=');
            parts.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return parts;
    }
}
