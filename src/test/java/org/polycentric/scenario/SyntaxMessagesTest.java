package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.polycentric.model.rules.RuleCatalogue;

/**
 * JSON syntax mistakes a student makes, read through {@link ScenarioLoader}: each names the line of
 * the mistake (for a comma, the line of the value before it), the JSON path where one is known, and
 * what to write instead.
 */
class SyntaxMessagesTest {

    @TempDir
    Path dir;

    private ScenarioException fail(String text) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.json"), text);
        return assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(RuleCatalogue.STANDARD).load(f, List.of()));
    }

    private static Arguments mistake(String what, String text, int line, String path, String detail) {
        return Arguments.of(what, text, line, path, detail);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("missing comma between lines",
                        "{\n  \"name\": \"x\"\n  \"description\": \"d\"\n}\n",
                        2, "name", "missing ',' after this value, before \"description\" on line 3"),
                mistake("missing comma on one line",
                        "{ \"name\": \"x\" \"description\": \"d\" }",
                        1, "name", "missing ',' after this value, before \"description\""),
                mistake("missing comma after an object in a list",
                        "{\n  \"events\": [\n    { \"year\": 2020 }\n    { \"year\": 2021 }\n  ]\n}\n",
                        3, "events[0]", "missing ',' after this value, before '{' on line 4"),
                mistake("missing comma with Windows line ends",
                        "{\r\n  \"name\": \"x\"\r\n  \"description\": \"d\"\r\n}\r\n",
                        2, "name", "missing ',' after this value, before \"description\" on line 3"),
                mistake("trailing comma in an object",
                        "{\n  \"name\": \"x\",\n  \"description\": \"d\",\n}\n",
                        3, "description", "a ',' after the last entry of an object is not allowed in JSON; remove it"),
                mistake("trailing comma in a list",
                        "{\n  \"events\": [ 1, 2,\n  ]\n}\n",
                        2, "events", "a ',' after the last item of a list is not allowed in JSON; remove it"),
                mistake("two commas",
                        "{\n  \"name\": \"x\",, \"description\": \"d\"\n}\n",
                        2, "name", "two commas in a row; remove one"),
                mistake("decimal comma",
                        "{\n  \"rules\": { \"campaigns\": {\n    \"weight\": 0,5 } }\n}\n",
                        3, "rules.campaigns.weight", "'0,5' is not a JSON number: write 0.5 (with a decimal point)"),
                mistake("True with a capital",
                        "{\n  \"seed\": True\n}\n",
                        2, "seed", "write true in lower case"),
                mistake("yes for true",
                        "{\n  \"seed\": yes\n}\n",
                        2, "seed", "'yes' is not a JSON value: write true or false"),
                mistake("None for null",
                        "{\n  \"seed\": None\n}\n",
                        2, "seed", "'None' is not a JSON value: write null"),
                mistake("text without quotes",
                        "{\n  \"decision\": { \"mode\": threshold }\n}\n",
                        2, "decision.mode", "text must be in double quotes: write \"threshold\""),
                mistake("key without quotes",
                        "{\n  name: \"x\"\n}\n",
                        2, "", "keys must be in double quotes: write \"name\""),
                mistake("key in single quotes",
                        "{\n  'name': \"x\"\n}\n",
                        2, "", "keys must be in double quotes (\"...\"), not single quotes"),
                mistake("text in single quotes",
                        "{\n  \"name\": 'x'\n}\n",
                        2, "name", "text must be in double quotes (\"...\"), not single quotes"),
                mistake("NaN",
                        "{\n  \"seed\": NaN\n}\n",
                        2, "seed", "JSON has no NaN or Infinity: give a number"),
                mistake("plus sign",
                        "{\n  \"seed\": +1\n}\n",
                        2, "seed", "a JSON number has no '+' sign: write 1"),
                mistake("leading zero",
                        "{\n  \"seed\": 05\n}\n",
                        2, "seed", "a JSON number does not start with 0 (except 0 and 0.x): write 5, not 05"),
                mistake("no digit before the point",
                        "{\n  \"rules\": { \"campaigns\": { \"weight\": .5 } }\n}\n",
                        2, "rules.campaigns.weight", "a JSON number needs a digit before the decimal point: write 0.5"),
                mistake("no digit after the point",
                        "{\n  \"rules\": { \"campaigns\": { \"weight\": 1. } }\n}\n",
                        2, "rules.campaigns.weight", "a decimal point needs a digit after it: write 1.0 or 1"),
                mistake("missing value",
                        "{\n  \"seed\":\n}\n",
                        2, "seed", "the value is missing after ':'"),
                mistake("missing colon",
                        "{\n  \"rules\": { \"campaigns\" { } }\n}\n",
                        2, "rules.campaigns", "missing ':' after the key \"campaigns\""),
                mistake("unclosed list at the end of the file",
                        "{\n  \"events\": [\n    { \"year\": 2020 }\n",
                        2, "events", "the file ends before the list opened here is closed: a ']' is missing"
                                + " (every [ needs its ])"),
                mistake("end of file inside a text",
                        "{\n  \"name\": \"x",
                        2, "name", "the file ends inside text in quotes; close the text with \""),
                mistake("line break inside a text",
                        "{\n  \"name\": \"x\n  y\"\n}\n",
                        2, "name", "line break inside text in quotes; close the text with \" on the same line (a line"
                                + " break inside a text is written \\n)"),
                mistake("tab inside a text",
                        "{\n  \"name\": \"x\ty\"\n}\n",
                        2, "name", "tab inside text in quotes; write it as \\t or use spaces"),
                mistake("backslash escape",
                        "{\n  \"name\": \"a\\qb\"\n}\n",
                        2, "name", "\\q is not allowed in text in quotes: write \\\\ for a backslash (and / between"
                                + " folders in a file name)"),
                mistake("list closed with a brace",
                        "{\n  \"events\": [ 1, 2 }\n}\n",
                        2, "events", "found '}' but the list opened on line 2 is still open; close it with ']' first"),
                mistake("one brace too many",
                        "{\n  \"name\": \"x\"\n}\n}\n",
                        4, "", "'}' after the end of the top-level object; remove it (or add the '{' it should close)"),
                mistake("a second object",
                        "{ \"name\": \"x\" }\n{ \"name\": \"y\" }\n",
                        2, "", "unexpected '{' after the end of the top-level object; a scenario file holds one"
                                + " object { ... }"),
                mistake("comment",
                        "{\n  \"seed\": 3 // three\n}\n",
                        2, "", "comments are not allowed in JSON; delete the comment (the description can say what"
                                + " the scenario is for)"),
                mistake("non-breaking space",
                        "{\n  \"seed\":\u00A03\n}\n",
                        2, "", "non-breaking space (U+00A0) at column 10; replace it with an ordinary space"),
                mistake("minus sign from a word processor",
                        "{\n  \"seed\": \u22123\n}\n",
                        2, "", "dash \u2212 (U+2212) at column 11; a negative number needs the plain minus sign -"),
                mistake("duplicate key",
                        "{\n  \"name\": \"x\",\n  \"name\": \"y\"\n}\n",
                        3, "name", "duplicate key 'name': it is already given on line 2; keep one"),
                mistake("empty file",
                        "",
                        1, "", "the file is empty; expected a JSON object { ... }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsNamedAtItsLineWithTheFix(String what, String text, int line, String path, String detail)
            throws IOException {
        ScenarioException e = fail(text);
        assertEquals(dir.resolve("bad.json").toString(), e.file(), what);
        assertEquals(detail, e.detail(), what);
        assertEquals(line, e.line(), what);
        assertEquals(path, e.jsonPath(), what);
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("`")
                || e.getMessage().contains("JsonReadFeature"), e.getMessage());
    }

    @Test
    void theMessageHasFileLinePathAndDetail() throws IOException {
        ScenarioException e = fail("{\n  \"name\": \"x\"\n  \"description\": \"d\"\n}\n");
        assertEquals(dir.resolve("bad.json") + ":2: name: missing ',' after this value, before \"description\" on"
                + " line 3", e.getMessage());
    }
}
