package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.rules.RuleCatalogue;

/**
 * What a scenario file's bytes may be: UTF-8 with or without a byte order mark, UTF-16 with one;
 * typographic quotes pasted from a word processor (in UTF-8 or as Windows-1252 bytes) and other
 * encodings are named with line and column. Read through {@link ScenarioLoader}.
 */
class SourceEncodingTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String EXTENDS = "  \"extends\": \""
            + Path.of("scenarios/baseline").toAbsolutePath().toString().replace("\\", "/") + "\",\n";

    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader(RuleCatalogue.STANDARD);

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("x.json"), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private String message(Path f) {
        return assertThrows(ScenarioException.class, () -> loader.load(f, List.of())).getMessage();
    }

    // ---- typographic quotes ----------------------------------------------------------------

    @Test
    void curlyQuotesAroundAValueInAUtf8FileAreNamedWithLineAndColumn() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\": \u201Cd\u201D\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(f + ":4: typographic quote \u201C (U+201C) at column 18; JSON needs straight double quotes \"",
                message(f));
    }

    @Test
    void curlyQuotesAroundAKeyAreNamed() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \u201Cname\u201D: \"x\",\n  \"description\": \"d\"\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(f + ":3: typographic quote \u201C (U+201C) at column 3; JSON needs straight double quotes \"",
                message(f));
    }

    @Test
    void aTextClosedWithACurlyQuoteNamesThatQuote() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"x\u201D,\n  \"description\": \"d\"\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(f + ":3: typographic quote \u201D (U+201D) at column 13; JSON needs straight double quotes \"",
                message(f));
    }

    @Test
    void singleCurlyQuotesAreNamed() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \u2018x\u2019,\n  \"description\": \"d\"\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(f + ":3: typographic quote \u2018 (U+2018) at column 11; JSON needs straight double quotes \"",
                message(f));
    }

    @Test
    void curlyQuotesInsideATextAreFine() throws Exception {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\": \"the \u201Cbig\u201D one, isn\u2019t it\"\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("the \u201Cbig\u201D one, isn\u2019t it", loader.load(f, List.of()).value().description());
    }

    @Test
    void curlyQuotesInsideATextAreNotBlamedForAnotherMistake() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"the \u201Cbig\u201D one\"\n  \"description\": \"d\"\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(f + ":3: name: missing ',' after this value, before \"description\" on line 4", message(f));
    }

    @Test
    void windows1252CurlyQuotesAreNamedAsSuch() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\": \u201Cd\u201D\n}\n")
                .getBytes(WINDOWS_1252));
        assertEquals(f + ":4: typographic quote \u201C (byte 0x93 in Windows-1252) at column 18; JSON needs straight"
                + " double quotes \"", message(f));
    }

    @Test
    void windows1252CurlyQuotesInsideATextMeanTheFileIsNotUtf8() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\": \"the \u201Cbig\u201D one\"\n}\n")
                .getBytes(WINDOWS_1252));
        assertEquals(f + ":4: the file is not UTF-8: byte 0x93 at column 23 ('\u201C' in Windows-1252) is not valid"
                + " UTF-8; save the file as UTF-8", message(f));
    }

    // ---- other encodings -------------------------------------------------------------------

    @Test
    void aLatin1AccentIsNamedWithTheCharacterItWouldBe() throws IOException {
        Path f = file(("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\": \"caf\u00E9\"\n}\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(f + ":4: the file is not UTF-8: byte 0xE9 at column 22 ('\u00E9' in Windows-1252) is not valid"
                + " UTF-8; save the file as UTF-8", message(f));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path f = file(concat(bytes(0xEF, 0xBB, 0xBF), ("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\":"
                + " \"caf\u00E9\"\n}\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals("caf\u00E9", loader.load(f, List.of()).value().description());
    }

    @Test
    void aByteOrderMarkDoesNotShiftLinesOrColumns() throws IOException {
        Path f = file(concat(bytes(0xEF, 0xBB, 0xBF), ("{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\":"
                + " \u201Cd\u201D\n}\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(f + ":4: typographic quote \u201C (U+201C) at column 18; JSON needs straight double quotes \"",
                message(f));
    }

    @Test
    void utf16WithAByteOrderMarkIsAccepted() throws Exception {
        String text = "{\n" + EXTENDS + "  \"name\": \"x\",\n  \"description\": \"caf\u00E9\"\n}\n";
        Path le = file(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("caf\u00E9", loader.load(le, List.of()).value().description());
        Path be = file(concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("caf\u00E9", loader.load(be, List.of()).value().description());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamed() throws IOException {
        Path f = file("{\n  \"name\": \"x\"\n}\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(f + ":1: NUL character at column 2; the file seems to be saved as UTF-16 (\"Unicode\") without a"
                + " byte order mark: save it as UTF-8", message(f));
    }
}
