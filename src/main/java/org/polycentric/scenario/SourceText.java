package org.polycentric.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a scenario file: its bytes decoded as UTF-8 (a byte order mark at the start is
 * accepted, and so is UTF-16 with one), with messages that name what else a file may be: bytes that
 * are not UTF-8 (a file saved as Windows-1252 or Latin-1), typographic quotes from a word processor,
 * and the positions (line, column) that messages give.
 */
final class SourceText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceText() {
    }

    /** Decodes a file's bytes; {@code name} is used in messages. */
    static String decode(byte[] bytes, String name) throws ScenarioException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3, name); // a UTF-8 byte order mark (Notepad writes one): accepted
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String text = utf8(bytes, 0, name);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ScenarioException(name, "", lineAt(text, nul), "NUL character at column " + columnAt(text, nul)
                    + "; the file seems to be saved as UTF-16 (\"Unicode\") without a byte order mark:"
                    + " save it as UTF-8");
        }
        return text;
    }

    private static String utf8(byte[] bytes, int start, String name) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), out.flip().toString(), name);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A byte that is not UTF-8 at {@code offset}; {@code before} is the text decoded up to it. */
    private static ScenarioException notUtf8(byte[] bytes, int offset, String before, String name) {
        int b = bytes[offset] & 0xFF;
        int line = lineAt(before, before.length());
        int column = columnAt(before, before.length());
        char asWindows = new String(bytes, offset, 1, WINDOWS_1252).charAt(0);
        if (isTypographicQuote(asWindows)) {
            // Decoded as Windows-1252, every byte is one character, so the offset is the position.
            String windows = new String(bytes, WINDOWS_1252);
            if (!StringScan.at(windows, offset).inClosedString()) {
                return new ScenarioException(name, "", line,
                        typographicQuote(asWindows, "byte 0x" + hex2(b) + " in Windows-1252", column));
            }
        }
        String meaning = asWindows == '\uFFFD' ? "" : " ('" + asWindows + "' in Windows-1252)";
        return new ScenarioException(name, "", line, "the file is not UTF-8: byte 0x" + hex2(b) + " at column "
                + column + meaning + " is not valid UTF-8; save the file as UTF-8");
    }

    // ---- typographic quotes ---------------------------------------------------------------

    /** Curly and other quotation marks that editors and word processors put in place of {@code "}. */
    static boolean isTypographicQuote(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A', '\u201B',
                    '\u00AB', '\u00BB', '\u2039', '\u203A', '\u2033', '\u2032', '\uFF02' -> true;
            default -> false;
        };
    }

    /** Double-quote-like marks: those that may stand for the {@code "} around a text. */
    static boolean isTypographicDoubleQuote(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02' -> true;
            default -> false;
        };
    }

    /** The message for a typographic quote {@code c} at {@code column}. */
    static String typographicQuote(char c, int column) {
        return typographicQuote(c, "U+" + hex(c), column);
    }

    private static String typographicQuote(char c, String code, int column) {
        return "typographic quote " + c + " (" + code + ") at column " + column
                + "; JSON needs straight double quotes \"";
    }

    static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    private static String hex2(int b) {
        return String.format("%02X", b);
    }

    // ---- positions ------------------------------------------------------------------------

    /** 1-based line of {@code offset} ({@code \n}, {@code \r\n} and {@code \r} end a line). */
    static int lineAt(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** 1-based column (in characters) of {@code offset} in its line. */
    static int columnAt(String text, int offset) {
        int end = Math.min(offset, text.length());
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return end - start + 1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an offset lies with respect to texts in straight double quotes, found by reading from
     * the start: a text ends at its closing {@code "} or, unclosed, at the end of its line (JSON text
     * cannot span lines).
     */
    record StringScan(boolean inString, int stringStart, boolean closedLater) {

        /** Scans {@code text} up to {@code offset}. */
        static StringScan at(String text, int offset) {
            boolean in = false;
            boolean escaped = false;
            int start = -1;
            int end = Math.min(offset, text.length());
            for (int i = 0; i < end; i++) {
                char c = text.charAt(i);
                if (in) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        in = false;
                    } else if (c == '\n' || c == '\r') {
                        in = false;
                    }
                } else if (c == '"') {
                    in = true;
                    start = i;
                }
            }
            boolean closed = false;
            for (int i = end; in && i < text.length(); i++) {
                char c = text.charAt(i);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '\n' || c == '\r') {
                    break;
                } else if (c == '"') {
                    closed = true;
                    break;
                }
            }
            return new StringScan(in, in ? start : -1, closed);
        }

        /** Inside a text that its closing {@code "} ends on the same line. */
        boolean inClosedString() {
            return inString && closedLater;
        }
    }
}
