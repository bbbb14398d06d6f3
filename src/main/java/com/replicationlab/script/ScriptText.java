package com.replicationlab.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a hand-written file (a scenario, a lesson): UTF-8, strictly. A byte that is not
 * UTF-8 is reported at its file:line:column rather than read as a replacement character, so a
 * file saved in another encoding is found, not silently changed.
 */
public final class ScriptText {
    /** Far more than any scenario or lesson; a bigger file is a mistake (a wrong file chosen). */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private ScriptText() {
    }

    /** Reads {@code file}, its name as messages show it being {@code file.toString()}. */
    public static String read(Path file) throws IOException, ScriptException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new ScriptException(new SourcePosition(file.toString(), 1, 1),
                    "the file is larger than " + MAX_FILE_BYTES + " bytes; is it the right file?");
        }
        return decode(file.toString(), Files.readAllBytes(file));
    }

    /** The bytes as UTF-8 text, or where the first byte that is not UTF-8 stands. */
    public static String decode(String file, byte[] bytes) throws ScriptException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(file, out.flip(), bytes[in.position()]);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static ScriptException notUtf8(String file, CharBuffer before, byte bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = (int) before.subSequence(lineStart, before.length()).codePoints().count() + 1;
        return new ScriptException(new SourcePosition(file, line, column), String.format(
                "the file is not UTF-8 text: byte 0x%02X here is not part of a UTF-8 character; save it as UTF-8",
                bad & 0xFF));
    }
}
