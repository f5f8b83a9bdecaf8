package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.params.Check;

class ScenarioTreeLoaderTest {

    // ---- test-only scenario records ---------------------------------------------------------

    enum Mode {
        @JsonProperty("hazard") HAZARD,
        @JsonProperty("threshold") THRESHOLD,
        @JsonProperty("small-medium") SMALL_MEDIUM
    }

    record Root(String name, String description, Time time, Rules rules, List<Event> events) {
        Root {
            events = Check.list("events", events);
        }
    }

    record Time(int startYear, int endYear, int stepsPerYear) {
        Time {
            Check.range("startYear", startYear, 1900, 2300);
            Check.range("endYear", endYear, 1900, 2300);
            Check.range("stepsPerYear", stepsPerYear, 1, 365);
            Check.that(endYear >= startYear, "endYear", "must not be before startYear (" + startYear + ")");
        }
    }

    record Rules(Peer peer, Decision decision) {
    }

    record Peer(boolean enabled, double weight, List<Double> tieWeights) {
        Peer {
            Check.range("weight", weight, 0, 1);
            tieWeights = Check.list("tieWeights", tieWeights);
        }
    }

    record Decision(Mode mode, double threshold) {
        Decision {
            Check.range("threshold", threshold, 0, 1);
        }
    }

    record Event(int year, String kind) {
        Event {
            Check.range("year", year, 1900, 2300);
            Check.present("kind", kind);
        }
    }

    private static final String DEFAULTS = "/scenario-loader/defaults.json";
    private static final Path RESOURCES = Path.of("src/test/resources/scenario-loader");

    @TempDir
    Path dir;

    private final ScenarioTreeLoader loader = new ScenarioTreeLoader(DEFAULTS);

    /** Writes a file whose line i+1 is {@code lines[i]}. */
    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private ScenarioTreeLoader.Loaded<Root> load(Path file, String... overrides) throws ScenarioException {
        return loader.load(file, List.of(overrides), Root.class);
    }

    private ScenarioException fail(Path file, String... overrides) {
        return assertThrows(ScenarioException.class, () -> load(file, overrides));
    }

    private static void assertNoJavaNames(ScenarioException e) {
        String m = e.getMessage();
        assertFalse(m.contains("com.fasterxml"), m);
        assertFalse(m.contains("Exception"), m);
        assertFalse(m.contains("java."), m);
        assertFalse(m.contains("Source:"), m);
        assertFalse(m.contains("`"), m);
    }

    // ---- loading and extends ---------------------------------------------------------------

    @Nested
    class Loading {
        @Test
        void loadsAFileOnTopOfTheDefaults() throws Exception {
            Path base = RESOURCES.resolve("base.json");
            var loaded = load(base);
            Root r = loaded.value();
            assertEquals("base", r.name());
            assertEquals("base scenario", r.description());
            assertEquals(new Time(2020, 2040, 1), r.time());
            assertEquals(new Peer(true, 0.3, List.of(1.0, 0.5)), r.rules().peer());
            assertEquals(new Decision(Mode.HAZARD, 0.7), r.rules().decision());
            assertEquals(List.of(new Event(2030, "flood"), new Event(2035, "drought")), r.events());
            assertEquals(List.of(base), loaded.chain());
            assertEquals("base", loaded.tree().get("name").asText());
        }

        @Test
        void extendsChainMergesObjectsKeyByKeyAndReplacesArrays() throws Exception {
            Path leaf = RESOURCES.resolve("leaf.json");
            var loaded = load(leaf);
            Root r = loaded.value();
            // name and description are the leaf's own
            assertEquals("leaf", r.name());
            assertEquals("leaf scenario", r.description());
            // time: startYear/stepsPerYear from defaults, endYear from base
            assertEquals(new Time(2020, 2040, 1), r.time());
            // peer: enabled from middle, weight from leaf, tieWeights replaced whole by middle
            assertEquals(new Peer(false, 0.8, List.of(0.9)), r.rules().peer());
            // decision: mode from leaf (JSON name "small-medium"), threshold from base
            assertEquals(new Decision(Mode.SMALL_MEDIUM, 0.7), r.rules().decision());
            // events: leaf's list replaces base's list whole
            assertEquals(List.of(new Event(2045, "storm")), r.events());

            assertEquals(List.of(leaf, RESOURCES.resolve("middle.json"), RESOURCES.resolve("base.json")),
                    loaded.chain());
            assertNull(loaded.tree().get("extends"));
            assertEquals("leaf", loaded.tree().get("name").asText());
            assertEquals(0.8, loaded.tree().at("/rules/peer/weight").asDouble());
            assertEquals(1, loaded.tree().at("/rules/peer/tieWeights").size());
        }

        @Test
        void extendsIsRelativeToTheContainingFileAndAddsJsonExtension() throws Exception {
            Files.createDirectories(dir.resolve("sub"));
            write("sub/parent.json", "{", "\"name\": \"p\", \"description\": \"d\",",
                    "\"time\": {\"stepsPerYear\": 12}", "}");
            Path child = write("child.json", "{", "\"extends\": \"sub/parent\",",
                    "\"name\": \"c\", \"description\": \"d\"", "}");
            var loaded = load(child);
            assertEquals(12, loaded.value().time().stepsPerYear());
            assertEquals("c", loaded.value().name());
            assertEquals(List.of(child, dir.resolve("sub/parent.json")), loaded.chain());
        }

        @Test
        void cycleIsDetectedAndNamed() throws Exception {
            Path a = write("a.json", "{", "  \"extends\": \"b\",", "  \"name\": \"a\", \"description\": \"d\"", "}");
            Path b = write("b.json", "{", "  \"name\": \"b\", \"description\": \"d\",", "  \"extends\": \"a.json\"", "}");
            ScenarioException e = fail(a);
            assertEquals(b.toString(), e.file());
            assertEquals("extends", e.jsonPath());
            assertEquals(3, e.line());
            assertEquals("extends cycle: " + a + " -> " + b + " -> " + a, e.detail());
        }

        @Test
        void selfExtensionIsACycle() throws Exception {
            Path a = write("self.json", "{", "\"extends\": \"self\", \"name\": \"a\", \"description\": \"d\"", "}");
            ScenarioException e = fail(a);
            assertEquals("extends cycle: " + a + " -> " + a, e.detail());
        }

        @Test
        void missingExtendedFileIsReportedAtTheExtendsLine() throws Exception {
            Path a = write("a.json", "{", "\"name\": \"a\", \"description\": \"d\",", "\"extends\": \"nope\"", "}");
            ScenarioException e = fail(a);
            assertEquals(a.toString(), e.file());
            assertEquals(3, e.line());
            assertEquals("extends", e.jsonPath());
            assertEquals("file not found: " + dir.resolve("nope.json"), e.detail());
        }

        @Test
        void extendsMustBeText() throws Exception {
            Path a = write("a.json", "{", "\"name\": \"a\", \"description\": \"d\",", "\"extends\": 3", "}");
            ScenarioException e = fail(a);
            assertEquals("extends", e.jsonPath());
            assertEquals(3, e.line());
            assertTrue(e.detail().startsWith("expected the name of another scenario file"), e.detail());
        }

        @Test
        void everyFileInTheChainNeedsItsOwnNameAndDescription() throws Exception {
            Path parent = write("parent.json", "{", "  \"description\": \"d\"", "}");
            Path child = write("child.json", "{", "\"extends\": \"parent\", \"name\": \"c\", \"description\": \"d\"", "}");
            ScenarioException e = fail(child);
            assertEquals(parent.toString(), e.file());
            assertEquals(1, e.line());
            assertEquals("name", e.jsonPath());
            assertEquals("every scenario file needs its own name, e.g. \"name\": \"my-variant\""
                    + " (it is not inherited through extends)", e.detail());
            assertEquals(parent + ":1: name: " + e.detail(), e.getMessage());

            Path noDescription = write("nodesc.json", "{", "\"name\": \"c\"", "}");
            ScenarioException e2 = fail(noDescription);
            assertEquals("description", e2.jsonPath());
            assertEquals("every scenario file needs its own description, e.g. \"description\":"
                    + " \"what this scenario studies\" (it is not inherited through extends)", e2.detail());
        }

        @Test
        void missingFile() {
            ScenarioException e = fail(Path.of("does/not/exist.json"));
            assertEquals("does/not/exist.json", e.file());
            assertEquals(0, e.line());
            assertEquals("", e.jsonPath());
            assertEquals("does/not/exist.json: file not found", e.getMessage());
        }

        @Test
        void missingDefaultsResource() {
            ScenarioTreeLoader broken = new ScenarioTreeLoader("/scenario-loader/no-such-defaults.json");
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> broken.load(RESOURCES.resolve("base.json"), List.of(), Root.class));
            assertEquals("/scenario-loader/no-such-defaults.json", e.file());
        }
    }

    // ---- strict JSON -----------------------------------------------------------------------

    @Nested
    class StrictJson {
        @Test
        void duplicateKeyFailsWithItsLine() throws Exception {
            Path f = write("dup.json",
                    "{",
                    "  \"name\": \"t\", \"description\": \"d\",",
                    "  \"rules\": { \"peer\": {",
                    "    \"weight\": 0.4,",
                    "    \"weight\": 0.5",
                    "  } }",
                    "}");
            ScenarioException e = fail(f);
            assertEquals(f.toString(), e.file());
            assertEquals(5, e.line());
            assertEquals("rules.peer.weight", e.jsonPath());
            assertEquals("duplicate key 'weight': it is already given on line 4; keep one", e.detail());
        }

        @Test
        void syntaxErrorReportsItsLine() throws Exception {
            Path f = write("syntax.json",
                    "{",
                    "  \"name\": \"t\",",
                    "  \"description\": \"d\",",
                    "}");
            ScenarioException e = fail(f);
            assertEquals(f.toString(), e.file());
            assertEquals(3, e.line()); // the line of the comma, not of the '}' after it
            assertEquals("description", e.jsonPath());
            assertEquals("a ',' after the last entry of an object is not allowed in JSON; remove it", e.detail());
            assertNoJavaNames(e);
        }

        @Test
        void unclosedObjectReportsEndOfFile() throws Exception {
            Path f = write("open.json",
                    "{",
                    "  \"name\": \"t\",",
                    "  \"rules\": {");
            ScenarioException e = fail(f);
            assertEquals(3, e.line()); // where the object that is never closed opens
            assertEquals("rules", e.jsonPath());
            assertEquals("the file ends before the object opened here is closed: a '}' is missing"
                    + " (every { needs its })", e.detail());
            assertNoJavaNames(e);
        }

        @Test
        void commentsAreNotAllowed() throws Exception {
            Path f = write("comment.json",
                    "{",
                    "  // a comment",
                    "  \"name\": \"t\", \"description\": \"d\"",
                    "}");
            ScenarioException e = fail(f);
            assertEquals(2, e.line());
            assertEquals("comments are not allowed in JSON; delete the comment (the description can say what"
                    + " the scenario is for)", e.detail());
        }

        @Test
        void topLevelMustBeAnObject() throws Exception {
            Path f = write("list.json", "", "[1, 2]");
            ScenarioException e = fail(f);
            assertEquals(2, e.line());
            assertTrue(e.detail().contains("JSON object"), e.detail());
        }

        @Test
        void contentAfterTheTopLevelObjectFails() throws Exception {
            Path f = write("trailing.json", "{\"name\": \"t\", \"description\": \"d\"}", "{}");
            ScenarioException e = fail(f);
            assertEquals(2, e.line());
        }
    }

    // ---- binding errors --------------------------------------------------------------------

    @Nested
    class Binding {
        @Test
        void unknownKeyNamesFileLinePathAndAllowedKeys() throws Exception {
            Path f = write("unknown.json",
                    "{",
                    "  \"name\": \"t\",",
                    "  \"description\": \"d\",",
                    "  \"rules\": {",
                    "    \"peer\": {",
                    "      \"weigth\": 0.4",
                    "    }",
                    "  }",
                    "}");
            ScenarioException e = fail(f);
            assertEquals(f.toString(), e.file());
            assertEquals(6, e.line());
            assertEquals("rules.peer.weigth", e.jsonPath());
            assertEquals("unknown key 'weigth'; did you mean 'weight'? allowed: enabled, tieWeights, weight",
                    e.detail());
            assertEquals(f + ":6: rules.peer.weigth: unknown key 'weigth'; did you mean 'weight'? allowed: enabled,"
                    + " tieWeights, weight", e.getMessage());
        }

        @Test
        void unknownTopLevelKey() throws Exception {
            Path f = write("unknown-top.json", "{", "\"name\": \"t\", \"description\": \"d\",", "\"evnets\": []", "}");
            ScenarioException e = fail(f);
            assertEquals(3, e.line());
            assertEquals("evnets", e.jsonPath());
            assertEquals("unknown key 'evnets'; did you mean 'events'? allowed: description, events, extends, name,"
                    + " rules, time", e.detail());
        }

        @Test
        void outOfRangeValueSetByTheChildIsReportedInTheChild() throws Exception {
            Path parent = write("parent.json",
                    "{",
                    "  \"name\": \"p\", \"description\": \"d\",",
                    "  \"rules\": {",
                    "    \"peer\": {",
                    "      \"weight\": 1.2",
                    "    }",
                    "  }",
                    "}");
            Path child = write("child.json",
                    "{",
                    "  \"extends\": \"parent\",",
                    "  \"name\": \"c\", \"description\": \"d\",",
                    "  \"rules\": { \"peer\": {",
                    "    \"weight\": 1.5 } }",
                    "}");
            ScenarioException e = fail(child);
            assertEquals(child.toString(), e.file());
            assertEquals(5, e.line());
            assertEquals("rules.peer.weight", e.jsonPath());
            assertEquals("must be between 0 and 1, was 1.5", e.detail());
            assertTrue(parent.toString().endsWith("parent.json"));
        }

        @Test
        void outOfRangeValueInheritedFromTheParentIsReportedInTheParent() throws Exception {
            Path parent = write("parent.json",
                    "{",
                    "  \"name\": \"p\", \"description\": \"d\",",
                    "  \"rules\": {",
                    "    \"peer\": {",
                    "      \"weight\": 1.2",
                    "    }",
                    "  }",
                    "}");
            Path child = write("child.json",
                    "{",
                    "  \"extends\": \"parent\",",
                    "  \"name\": \"c\", \"description\": \"d\",",
                    "  \"rules\": { \"peer\": { \"enabled\": false } }",
                    "}");
            ScenarioException e = fail(child);
            assertEquals(parent.toString(), e.file());
            assertEquals(5, e.line());
            assertEquals("rules.peer.weight", e.jsonPath());
            assertEquals("must be between 0 and 1, was 1.2", e.detail());
            assertEquals(parent + ":5: rules.peer.weight: must be between 0 and 1, was 1.2", e.getMessage());
        }

        @Test
        void outOfRangeValueInAListItem() throws Exception {
            Path f = write("events.json",
                    "{",
                    "  \"name\": \"t\", \"description\": \"d\",",
                    "  \"events\": [",
                    "    { \"year\": 2030, \"kind\": \"flood\" },",
                    "    { \"kind\": \"storm\",",
                    "      \"year\": 1800 }",
                    "  ]",
                    "}");
            ScenarioException e = fail(f);
            assertEquals("events[1].year", e.jsonPath());
            assertEquals(6, e.line());
            assertEquals("must be an integer between 1900 and 2300, was 1800", e.detail());
        }

        @Test
        void crossFieldCheckNamesTheField() throws Exception {
            Path f = write("time.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"time\": {", "  \"endYear\": 2010", "}", "}");
            ScenarioException e = fail(f);
            assertEquals("time.endYear", e.jsonPath());
            assertEquals(4, e.line());
            assertEquals("must not be before startYear (2020)", e.detail());
        }

        @Test
        void badEnumValueListsAllowedValues() throws Exception {
            Path f = write("enum.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"rules\": { \"decision\": {", "  \"mode\": \"sometimes\" } }", "}");
            ScenarioException e = fail(f);
            assertEquals("rules.decision.mode", e.jsonPath());
            assertEquals(4, e.line());
            assertEquals("'sometimes' is not allowed; allowed: hazard, threshold, small-medium", e.detail());
        }

        @Test
        void numberForEnumIsRejected() throws Exception {
            Path f = write("enum-number.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"rules\": { \"decision\": { \"mode\": 1 } }", "}");
            ScenarioException e = fail(f);
            assertEquals("rules.decision.mode", e.jsonPath());
            assertEquals("expected one of hazard, threshold, small-medium; found 1", e.detail());
        }

        @Test
        void stringWhereANumberBelongsFails() throws Exception {
            Path f = write("string-number.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"rules\": { \"peer\": {", "\"weight\": \"0.4\" } }", "}");
            ScenarioException e = fail(f);
            assertEquals("rules.peer.weight", e.jsonPath());
            assertEquals(4, e.line());
            assertEquals("expected a number, found text '0.4'; write 0.4 without quotes", e.detail());
        }

        @Test
        void fractionForAnIntegerFails() throws Exception {
            Path f = write("float-int.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"time\": { \"endYear\": 2040.5 }", "}");
            ScenarioException e = fail(f);
            assertEquals("time.endYear", e.jsonPath());
            assertEquals(3, e.line());
            assertEquals("expected a whole number, found 2040.5", e.detail());
        }

        @Test
        void textForABooleanFails() throws Exception {
            Path f = write("bool.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"rules\": { \"peer\": { \"enabled\": \"yes\" } }", "}");
            ScenarioException e = fail(f);
            assertEquals("rules.peer.enabled", e.jsonPath());
            assertEquals("expected true or false, found text 'yes'", e.detail()); // no fix to offer
        }

        @Test
        void wrongShapesFail() throws Exception {
            Path list = write("list.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"rules\": { \"peer\": { \"tieWeights\": {} } }", "}");
            ScenarioException e = fail(list);
            assertEquals("rules.peer.tieWeights", e.jsonPath());
            assertEquals("expected a list, found an object; a list is written [ ... ], e.g. [ { ... } ] for a list"
                    + " of one object", e.detail());

            Path object = write("object.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"events\": [ \"flood\" ]", "}");
            ScenarioException e2 = fail(object);
            assertEquals("events[0]", e2.jsonPath());
            assertEquals("expected an object { ... } with the keys year, kind; found text 'flood'", e2.detail());

            Path text = write("text.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"events\": [ { \"year\": 2030, \"kind\": [1] } ]", "}");
            ScenarioException e3 = fail(text);
            assertEquals("events[0].kind", e3.jsonPath());
            assertEquals("expected text, found a list", e3.detail());
        }

        @Test
        void nullOrMissingValueIsRequired() throws Exception {
            Path nul = write("null.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"events\": [ {", "\"year\": 2030, \"kind\": null } ]", "}");
            ScenarioException e = fail(nul);
            assertEquals("events[0].kind", e.jsonPath());
            assertEquals(4, e.line());
            assertEquals("is required; null is not allowed here", e.detail());

            Path missing = write("missing.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"events\": [", "  { \"year\": 2030 } ]", "}");
            ScenarioException e2 = fail(missing);
            assertEquals("events[0].kind", e2.jsonPath());
            assertEquals(4, e2.line()); // the list item's line: the nearest value that exists
            assertEquals("is required (list items have no defaults)", e2.detail());

            Path missingNumber = write("missing-number.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"events\": [", "  { \"kind\": \"flood\" } ]", "}");
            ScenarioException e3 = fail(missingNumber);
            assertEquals("events[0].year", e3.jsonPath());
            assertEquals(4, e3.line());
            assertEquals("is required (list items have no defaults)", e3.detail());
        }

        @Test
        void messagesNeverContainJavaNames() throws Exception {
            Path f = write("names.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"rules\": { \"peer\": [] }", "}");
            ScenarioException e = fail(f);
            assertEquals("rules.peer", e.jsonPath());
            assertEquals("expected an object { ... } with the keys enabled, weight, tieWeights; found a list",
                    e.detail());
            assertNoJavaNames(e);
        }
    }

    // ---- overrides -------------------------------------------------------------------------

    @Nested
    class SetOverrides {
        private final Path base = RESOURCES.resolve("base.json");

        @Test
        void numberBooleanPlainStringQuotedStringAndIndexPaths() throws Exception {
            var loaded = load(base,
                    "rules.peer.weight=0.4",
                    "rules.peer.enabled=false",
                    "rules.decision.mode=threshold",
                    "events[1].year=2031",
                    "rules.peer.tieWeights[0]=0.25",
                    "description=\"quoted\"",
                    "name=renamed run");
            Root r = loaded.value();
            assertEquals(new Peer(false, 0.4, List.of(0.25, 0.5)), r.rules().peer());
            assertEquals(Mode.THRESHOLD, r.rules().decision().mode());
            assertEquals(List.of(new Event(2030, "flood"), new Event(2031, "drought")), r.events());
            assertEquals("quoted", r.description());
            assertEquals("renamed run", r.name());
            // the returned tree is the one that was bound
            assertEquals(0.4, loaded.tree().at("/rules/peer/weight").asDouble());
            assertEquals("threshold", loaded.tree().at("/rules/decision/mode").asText());
        }

        @Test
        void listAndObjectValues() throws Exception {
            Root r = load(base,
                    "rules.peer.tieWeights=[0.1, 0.2, 0.3]",
                    "time={\"startYear\": 2000, \"endYear\": 2010, \"stepsPerYear\": 4}").value();
            assertEquals(List.of(0.1, 0.2, 0.3), r.rules().peer().tieWeights());
            assertEquals(new Time(2000, 2010, 4), r.time());
        }

        @Test
        void laterOverridesWin() throws Exception {
            Root r = load(base, "rules.peer.weight=0.4", "rules.peer.weight=0.6").value();
            assertEquals(0.6, r.rules().peer().weight());
        }

        @Test
        void unknownPathListsAllowedKeys() {
            ScenarioException e = fail(base, "rules.peer.weigth=0.4");
            assertEquals("--set rules.peer.weigth=0.4", e.file());
            assertEquals(0, e.line());
            assertEquals("rules.peer.weigth", e.jsonPath());
            assertEquals("unknown key 'weigth'; did you mean 'weight'? allowed: enabled, tieWeights, weight", e.detail());
            assertEquals("--set rules.peer.weigth=0.4: rules.peer.weigth: unknown key 'weigth'; did you mean 'weight'?"
                    + " allowed: enabled, tieWeights, weight", e.getMessage());

            ScenarioException e2 = fail(base, "rulez.peer.weight=0.4");
            assertEquals("rulez", e2.jsonPath());
            assertEquals("unknown key 'rulez'; did you mean 'rules'? allowed: description, events, name, rules, time",
                    e2.detail());
        }

        @Test
        void newKeysAreOnlyAllowedInListItems() {
            ScenarioException e = fail(base, "time.newKey=1");
            assertEquals("--set time.newKey=1", e.file());
            assertEquals("unknown key 'newKey'; allowed: endYear, startYear, stepsPerYear", e.detail());

            // accepted by the override step, then rejected by the key check because Event has no 'note'
            ScenarioException e2 = fail(base, "events[0].note=x");
            assertEquals("--set events[0].note=x", e2.file());
            assertEquals(0, e2.line());
            assertEquals("events[0].note", e2.jsonPath());
            assertEquals("unknown key 'note'; allowed: kind, year", e2.detail());
            assertEquals("--set events[0].note=x: events[0].note: unknown key 'note'; allowed: kind, year",
                    e2.getMessage());
        }

        @Test
        void aKeyAnOverrideAddsIsCheckedBeforeAnyValue() {
            // binding would meet rules.peer.weight (out of range) before events[0].note
            ScenarioException e = fail(base, "rules.peer.weight=5", "events[0].nots=x");
            assertEquals("--set events[0].nots=x: events[0].nots: unknown key 'nots'; allowed: kind, year",
                    e.getMessage());
            ScenarioException inAList = fail(base, "rules.peer.weight=5", "events=[{\"year\": 2030, \"knid\": \"x\"}]");
            assertEquals("--set events=[{\"year\": 2030, \"knid\": \"x\"}]: events[0].knid: unknown key 'knid';"
                    + " did you mean 'kind'? allowed: kind, year", inAList.getMessage());
        }

        @Test
        void indexOutOfRange() {
            ScenarioException e = fail(base, "events[5].year=2030");
            assertEquals("--set events[5].year=2030", e.file());
            assertEquals("events[5]", e.jsonPath());
            assertEquals("index 5 is out of range; the list has 2 items (0..1)", e.detail());
        }

        @Test
        void pathThroughAScalarFails() {
            ScenarioException e = fail(base, "time.endYear.x=1");
            assertEquals("time.endYear.x", e.jsonPath());
            assertTrue(e.detail().contains("not an object"), e.detail());

            ScenarioException e2 = fail(base, "rules[0]=1");
            assertTrue(e2.detail().contains("not a list"), e2.detail());
        }

        @Test
        void malformedOverrides() {
            ScenarioException e = fail(base, "rules.peer.weight");
            assertEquals("--set rules.peer.weight", e.file());
            assertEquals(0, e.line());
            assertEquals("--set rules.peer.weight: expected PATH=VALUE, e.g. --set rules.peerInfluence.weight=0.4",
                    e.getMessage());

            for (String bad : List.of("rules..weight=1", ".rules=1", "events[x].year=1", "events[0=1", "=1", "rules.=1")) {
                ScenarioException m = fail(base, bad);
                assertEquals("--set " + bad, m.file(), bad);
                assertTrue(m.detail().startsWith("malformed path '" + bad.substring(0, bad.indexOf('=')) + "'"),
                        bad + " -> " + m.detail());
            }
        }

        @Test
        void overrideProducingAnOutOfRangeValueReportsSet() {
            ScenarioException e = fail(base, "rules.peer.weight=1.5");
            assertEquals("--set rules.peer.weight=1.5", e.file());
            assertEquals(0, e.line());
            assertEquals("rules.peer.weight", e.jsonPath());
            assertEquals("must be between 0 and 1, was 1.5", e.detail());
            assertEquals("--set rules.peer.weight=1.5: rules.peer.weight: must be between 0 and 1, was 1.5",
                    e.getMessage());
        }

        @Test
        void overridingAnObjectMovesItsChildrenToSet() {
            ScenarioException e = fail(base, "time={\"startYear\": 2000, \"endYear\": 2010, \"stepsPerYear\": 0}");
            assertEquals("--set time={\"startYear\": 2000, \"endYear\": 2010, \"stepsPerYear\": 0}", e.file());
            assertEquals("time.stepsPerYear", e.jsonPath());
            assertEquals("must be an integer between 1 and 365, was 0", e.detail());
        }

        @Test
        void plainStringWhereANumberBelongs() {
            ScenarioException e = fail(base, "rules.peer.weight=abc");
            assertEquals("--set rules.peer.weight=abc", e.file());
            assertEquals("expected a number, found text 'abc'", e.detail());
        }

        @Test
        void badEnumOverride() {
            ScenarioException e = fail(base, "rules.decision.mode=sometimes");
            assertEquals("--set rules.decision.mode=sometimes", e.file());
            assertEquals("'sometimes' is not allowed; allowed: hazard, threshold, small-medium", e.detail());
        }
    }

    // ---- unknown keys come first -----------------------------------------------------------

    @Nested
    class UnknownKeysFirst {
        @Test
        void aMisspeltNameIsAnUnknownKeyNotAMissingName() throws Exception {
            Path f = write("nmae.json", "{", "  \"nmae\": \"t\",", "  \"description\": \"d\"", "}");
            ScenarioException e = fail(f);
            assertEquals(f + ":2: nmae: unknown key 'nmae'; did you mean 'name'? allowed: description, events,"
                    + " extends, name, rules, time", e.getMessage());
        }

        @Test
        void anUnknownKeyDeepInTheFileIsReportedBeforeEverythingElseInIt() throws Exception {
            // no description, a bad value on line 3, a wrong shape on line 4, an unknown key on line 6
            Path f = write("late.json",
                    "{",
                    "  \"name\": \"t\",",
                    "  \"time\": { \"endYear\": 1000 },",
                    "  \"rules\": { \"peer\": [],",
                    "    \"decision\": {",
                    "      \"Mode\": \"hazard\" } }",
                    "}");
            ScenarioException e = fail(f);
            assertEquals(f + ":6: rules.decision.Mode: unknown key 'Mode'; did you mean 'mode'? allowed: mode,"
                    + " threshold", e.getMessage());
        }

        @Test
        void keysInListItemsAreChecked() throws Exception {
            Path f = write("item.json", "{", "\"name\": \"t\", \"description\": \"d\",", "\"events\": [",
                    "  { \"year\": 2030, \"kind\": \"flood\" },", "  { \"yaer\": 2031, \"kind\": \"storm\" } ]", "}");
            ScenarioException e = fail(f);
            assertEquals(f + ":5: events[1].yaer: unknown key 'yaer'; did you mean 'year'? allowed: kind, year",
                    e.getMessage());
        }

        @Test
        void theGivenFileIsCheckedBeforeItsParentIsRead() throws Exception {
            write("parent.json", "{", "\"name\": \"p\", \"description\": \"d\",", "\"evnets\": []", "}");
            Path child = write("child.json", "{", "\"extends\": \"parent\",", "\"name\": \"c\",",
                    "\"descripton\": \"d\"", "}");
            ScenarioException e = fail(child);
            assertEquals(child + ":4: descripton: unknown key 'descripton'; did you mean 'description'? allowed:"
                    + " description, events, extends, name, rules, time", e.getMessage());
        }

        @Test
        void aParentsUnknownKeyIsBlamedOnTheParent() throws Exception {
            Path parent = write("parent.json", "{", "\"name\": \"p\", \"description\": \"d\",", "\"evnets\": []", "}");
            Path child = write("child.json", "{", "\"extends\": \"parent\",", "\"name\": \"c\",",
                    "\"description\": \"d\"", "}");
            ScenarioException e = fail(child);
            assertEquals(parent + ":3: evnets: unknown key 'evnets'; did you mean 'events'? allowed: description,"
                    + " events, extends, name, rules, time", e.getMessage());
        }

        @Test
        void noSuggestionWhenNothingIsClose() throws Exception {
            Path f = write("far.json", "{", "\"name\": \"t\", \"description\": \"d\",", "\"colour\": 1", "}");
            assertEquals("unknown key 'colour'; allowed: description, events, extends, name, rules, time",
                    fail(f).detail());
        }

        @Test
        void extendsIsAllowedOnlyAtTheTopLevel() throws Exception {
            Path f = write("nested.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"time\": { \"extends\": \"x\" }", "}");
            assertEquals(f + ":3: time.extends: unknown key 'extends'; allowed: endYear, startYear, stepsPerYear",
                    fail(f).getMessage());
        }
    }

    // ---- who is blamed ---------------------------------------------------------------------

    @Nested
    class Blame {
        private final Path base = RESOURCES.resolve("base.json"); // time.endYear 2040 on line 4

        @Test
        void anOverrideThatBreaksACheckOnAnotherValueIsBlamedAndBothAreNamed() {
            ScenarioException e = fail(base, "time.startYear=2045");
            assertEquals("--set time.startYear=2045", e.file());
            assertEquals(0, e.line());
            assertEquals("time.startYear", e.jsonPath());
            assertEquals("--set time.startYear=2045: time.startYear: conflicts with time.endYear (2040, from " + base
                    + ":4); time.endYear: must not be before startYear (2045)", e.getMessage());
        }

        @Test
        void aValueFromTheBuiltInDefaultsIsNamedAsSuch() throws Exception {
            Path f = write("plain.json", "{", "\"name\": \"t\", \"description\": \"d\"", "}"); // endYear 2050
            ScenarioException e = fail(f, "time.startYear=2051");
            assertEquals("--set time.startYear=2051: time.startYear: conflicts with time.endYear (2050, from the"
                    + " built-in defaults); time.endYear: must not be before startYear (2051)", e.getMessage());
        }

        @Test
        void aFileThatBreaksACheckOnAnInheritedValueIsBlamedAtItsLine() throws Exception {
            Path child = write("child.json", "{", "\"extends\": \"" + base.toAbsolutePath() + "\",",
                    "\"name\": \"c\", \"description\": \"d\",", "\"time\": {", "  \"stepsPerYear\": 1,",
                    "  \"startYear\": 2045 }", "}");
            ScenarioException e = fail(child);
            // stepsPerYear is written too, but unchanged: startYear is what broke the check
            assertEquals(child + ":6: time.startYear: conflicts with time.endYear (2040, from "
                    + base.toAbsolutePath().normalize() + ":4); time.endYear: must not be before startYear (2045)",
                    e.getMessage());
        }

        @Test
        void theLaterOfTwoOverridesIsBlamedAndTheEarlierNamed() {
            ScenarioException e = fail(base, "time.endYear=2046", "time.startYear=2047");
            assertEquals("--set time.startYear=2047: time.startYear: conflicts with time.endYear (2046, from --set"
                    + " time.endYear=2046); time.endYear: must not be before startYear (2047)", e.getMessage());
        }

        @Test
        void aValueThatIsWrongByItselfIsBlamedOnItsOwnOrigin() {
            ScenarioException e = fail(base, "time.startYear=2030", "time.endYear=2010");
            assertEquals("--set time.endYear=2010: time.endYear: must not be before startYear (2030)", e.getMessage());
        }

        @Test
        void anOverrideThatFixesTheConflictLoads() throws Exception {
            assertEquals(new Time(2045, 2050, 1), load(base, "time.startYear=2045", "time.endYear=2050").value().time());
        }

        @Test
        void aMissingValueAnOverrideMadeRequiredIsNamedAsNotGiven() throws Exception {
            Path f = write("ev.json", "{", "\"name\": \"t\", \"description\": \"d\",",
                    "\"events\": [ { \"year\": 2030, \"kind\": \"flood\" } ]", "}");
            ScenarioException e = fail(f, "events[0].kind=null");
            assertEquals("--set events[0].kind=null: events[0].kind: is required; null is not allowed here",
                    e.getMessage());
        }

        @Test
        void anOverriddenListIsTheOriginOfEverythingInIt() {
            ScenarioException e = fail(base, "events=[{\"year\": 2030, \"kind\": \"flood\"}, {\"year\": 1800, \"kind\": \"x\"}]");
            assertEquals("--set events=[{\"year\": 2030, \"kind\": \"flood\"}, {\"year\": 1800, \"kind\": \"x\"}]:"
                    + " events[1].year: must be an integer between 1900 and 2300, was 1800", e.getMessage());

            ScenarioException missing = fail(base, "events=[{\"year\": 2030}]");
            assertEquals("--set events=[{\"year\": 2030}]: events[0].kind: is required (list items have no defaults)",
                    missing.getMessage());
        }

        @Test
        void problemsFoundAfterLoadingAreBlamedOnTheValuesOrigin() throws Exception {
            var loaded = load(base, "events[1].kind=hail");
            assertEquals("--set events[1].kind=hail: events[1].kind: no such kind",
                    loaded.problemAt("events[1].kind", "no such kind").getMessage());
            assertEquals(base + ":9: events[0].kind: no such kind",
                    loaded.problemAt("events[0].kind", "no such kind").getMessage());
            assertEquals(base + ": nowhere.at.all: no such thing",
                    loaded.problemAt("nowhere.at.all", "no such thing").getMessage());
        }
    }

    // ---- exception format ------------------------------------------------------------------

    @Test
    void messageFormat() {
        ScenarioException full = new ScenarioException("scenarios/a.json", "rules.peer.weight", 12, "bad");
        assertEquals("scenarios/a.json:12: rules.peer.weight: bad", full.getMessage());
        assertEquals("scenarios/a.json", full.file());
        assertEquals("rules.peer.weight", full.jsonPath());
        assertEquals(12, full.line());
        assertEquals("bad", full.detail());

        assertEquals("--set: events[2].year: bad",
                new ScenarioException("--set", "events[2].year", 0, "bad").getMessage());
        assertEquals("a.json:3: bad", new ScenarioException("a.json", "", 3, "bad").getMessage());
        assertEquals("a.json: file not found", new ScenarioException("a.json", "", 0, "file not found").getMessage());
    }
}
