package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.rules.RuleCatalogue;

/**
 * The messages a student meets with real scenarios: loaded through {@link ScenarioLoader} with the
 * standard rule catalogue, on top of the shipped baseline. Each test asserts the whole message: file,
 * line, JSON path and wording.
 */
class ScenarioMessagesTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.json");
    private static final Path WITHDRAWAL = Path.of("scenarios/great-power-withdrawal.json");
    private static final String ALL_KEYS = "addEvents, decision, description, events, extends, name, replications,"
            + " rules, seed, time, world";

    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader(RuleCatalogue.STANDARD);

    /** A variant of the baseline: line 1 "{", line 2 extends, then {@code lines}, then "}". */
    private Path variant(String... lines) throws IOException {
        StringBuilder text = new StringBuilder("{\n  \"extends\": \"" + BASELINE.toAbsolutePath().toString()
                .replace("\\", "/").replace(".json", "") + "\",\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        text.append("}\n");
        return Files.writeString(dir.resolve("variant.json"), text.toString());
    }

    private String message(Path file, String... overrides) {
        return assertThrows(ScenarioException.class, () -> loader.load(file, List.of(overrides))).getMessage();
    }

    // ---- unknown keys ----------------------------------------------------------------------

    @Test
    void aMisspeltNameIsReportedAsTheUnknownKeyItIs() throws IOException {
        Path f = variant("  \"nmae\": \"x\",", "  \"description\": \"d\"");
        assertEquals(f + ":3: nmae: unknown key 'nmae'; did you mean 'name'? allowed: " + ALL_KEYS, message(f));
    }

    @Test
    void aRuleKeyIsCheckedAgainstTheCatalogue() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"rules\": {",
                "    \"campaign\": { \"weight\": 0.5 } }");
        assertEquals(f + ":5: rules.campaign: unknown key 'campaign'; did you mean 'campaigns'? allowed: campaigns,"
                + " capacityAndSupport, carbonMarket, cityTypes, demonstration, firms, greatPowerInterference,"
                + " implementation, nationalContext, networkRecruitment, networkServices, peerInfluence", message(f));
    }

    @Test
    void aRuleParameterIsCheckedAgainstItsRecord() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"rules\": { \"campaigns\": {",
                "    \"wieght\": 0.5 } }");
        assertEquals(f + ":5: rules.campaigns.wieght: unknown key 'wieght'; did you mean 'weight'? allowed:"
                + " decayYears, enabled, reach, weight", message(f));
    }

    @Test
    void aMisspeltOverrideKeyIsBlamedOnTheOverride() {
        assertEquals("--set rules.campaigns.wieght=1: rules.campaigns.wieght: unknown key 'wieght'; did you mean"
                + " 'weight'? allowed: decayYears, enabled, reach, weight", message(BASELINE, "rules.campaigns.wieght=1"));
    }

    // ---- --set overrides -------------------------------------------------------------------

    @Test
    void aStartYearOverrideIsBlamedNotTheDefaultEndYear() {
        assertEquals("--set time.startYear=2061: time.startYear: conflicts with time.endYear (2060, from the built-in"
                + " defaults); time.endYear: must be after startYear (2061), was 2060",
                message(BASELINE, "time.startYear=2061"));
    }

    @Test
    void anEndYearOverrideIsBlamedForItself() {
        assertEquals("--set time.endYear=2004: time.endYear: must be after startYear (2005), was 2004",
                message(BASELINE, "time.endYear=2004"));
    }

    @Test
    void aTargetYearOverrideIsBlamedNotTheDefaultLatest() {
        assertEquals("--set decision.targetYear.earliest=2100: decision.targetYear.earliest: conflicts with"
                + " decision.targetYear.latest (2050, from the built-in defaults); decision.targetYear.latest: must"
                + " not be before earliest (2100), was 2050", message(BASELINE, "decision.targetYear.earliest=2100"));
    }

    @Test
    void aFileThatMovesTheStartYearIsBlamedNotTheDefaults() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"time\": { \"startYear\": 2061 }");
        assertEquals(f + ":4: time.startYear: conflicts with time.endYear (2060, from the built-in defaults);"
                + " time.endYear: must be after startYear (2061), was 2060", message(f));
    }

    @Test
    void anOverrideAgainstAValueOfTheFileNamesTheFileAndLine() {
        String latMax = BASELINE + ":" + lineOf(BASELINE, "\"north-america\""); // the first region's line
        assertEquals("--set world.regions[0].latMin=89: world.regions[0].latMin: conflicts with world.regions[0].latMax"
                + " (60, from " + latMax + "); world.regions[0].latMax: must be between 89 and 90, was 60",
                message(BASELINE, "world.regions[0].latMin=89"));
    }

    /** The 1-based line of the first line of a file that contains {@code text}. */
    private static int lineOf(Path file, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    @Test
    void anAddEventsListGivenWithSetIsBlamedOnTheOverride() {
        String set = "addEvents=[{\"year\": 2030, \"type\": \"stance\", \"nation\": \"USA\", \"value\": 1.5}]";
        assertEquals("--set " + set + ": addEvents[0].value: must be between -1 and 1, was 1.5", message(BASELINE, set));

        String missing = "addEvents=[{\"year\": 2030, \"type\": \"stance\", \"nation\": \"USA\"}]";
        assertEquals("--set " + missing + ": addEvents[0].value: is required (list items have no defaults)",
                message(BASELINE, missing));
    }

    @Test
    void anAddEventsItemChangedWithSetIsBlamedOnTheOverride() {
        assertEquals("--set addEvents[0].year=1800: addEvents[0].year: must be between 1900 and 2300, was 1800",
                message(WITHDRAWAL, "addEvents[0].year=1800"));
        assertEquals("--set addEvents[0].region=europe: addEvents[0].region: conflicts with addEvents[0].nation"
                + " (\"USA\", from " + WITHDRAWAL + ":6); addEvents[0].nation: give exactly one of 'nation' (a nation"
                + " code) or 'region' (a region name)", message(WITHDRAWAL, "addEvents[0].region=europe"));
        assertEquals("--set addEvents[0].type=rivalry: addEvents[0].type: conflicts with addEvents[0].value (-0.8,"
                + " from " + WITHDRAWAL + ":6); addEvents[0].value: must be between 0 and 1, was -0.8",
                message(WITHDRAWAL, "addEvents[0].type=rivalry"));
        assertEquals("--set addEvents[0].type=fundBudget: addEvents[0].type: conflicts with addEvents[0].body (not"
                + " given); addEvents[0].body: is required (list items have no defaults)",
                message(WITHDRAWAL, "addEvents[0].type=fundBudget"));
    }

    @Test
    void aNationTheWorldLacksIsBlamedOnWhereTheEventCameFrom() throws Exception {
        // RunService reports problems of the built world with Loaded.problemAt.
        String set = "addEvents=[{\"year\": 2030, \"type\": \"stance\", \"nation\": \"FRA\", \"value\": 0.5}]";
        var fromSet = loader.load(BASELINE, List.of(set));
        assertEquals("--set " + set + ": addEvents[0].nation: no nation 'FRA'",
                fromSet.problemAt("addEvents[0].nation", "no nation 'FRA'").getMessage());

        var item = loader.load(WITHDRAWAL, List.of("addEvents[0].nation=FRA"));
        assertEquals("--set addEvents[0].nation=FRA: addEvents[0].nation: no nation 'FRA'",
                item.problemAt("addEvents[0].nation", "no nation 'FRA'").getMessage());

        var fromFile = loader.load(WITHDRAWAL, List.of());
        assertEquals(WITHDRAWAL + ":6: addEvents[0].nation: no nation 'USA'",
                fromFile.problemAt("addEvents[0].nation", "no nation 'USA'").getMessage());
    }

    // ---- values that are almost right ------------------------------------------------------

    @Test
    void anEnumValueInTheWrongCaseGetsASuggestion() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"decision\": { \"mode\": \"Threshold\" }");
        assertEquals(f + ":4: decision.mode: 'Threshold' is not allowed; did you mean 'threshold'? allowed: hazard,"
                + " threshold", message(f));
        assertEquals("--set events[0].type=Stance: events[0].type: 'Stance' is not allowed; did you mean 'stance'?"
                + " allowed: stance, netZeroTarget, carbonPrice, rivalry, fundBudget, networkMerge",
                message(BASELINE, "events[0].type=Stance"));
    }

    @Test
    void trueInQuotesSaysToDropTheQuotes() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"rules\": { \"campaigns\": {",
                "    \"enabled\": \"true\" } }");
        assertEquals(f + ":5: rules.campaigns.enabled: expected true or false, found text 'true'; write true without"
                + " quotes", message(f));
    }

    @Test
    void aNumberInQuotesSaysToDropTheQuotes() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"rules\": { \"campaigns\": {",
                "    \"weight\": \"0,5\", \"decayYears\": \"3\" } }");
        assertEquals(f + ":5: rules.campaigns.weight: expected a number, found text '0,5'; write 0.5 (a decimal"
                + " point, no quotes)", message(f));
        // the override fixes weight and so reveals decayYears: the file is still to blame for it
        assertEquals(f + ":5: rules.campaigns.decayYears: expected a number, found text '3'; write 3 without quotes",
                message(f, "rules.campaigns.weight=0.5"));
    }

    @Test
    void aWholeNumberTooLargeForItsFieldNamesTheRange() {
        assertEquals("--set world.cities=99999999999: world.cities: must be a whole number between -2147483648 and"
                + " 2147483647, was 99999999999", message(BASELINE, "world.cities=99999999999"));
        assertEquals("--set world.cities=1e3: world.cities: expected a whole number, found 1000.0; write 1000",
                message(BASELINE, "world.cities=1e3"));
    }

    @Test
    void aListWhereAnObjectBelongsListsTheKeys() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",", "  \"time\": [2000, 2010]");
        assertEquals(f + ":4: time: expected an object { ... } with the keys startYear, endYear, stepsPerYear;"
                + " found a list", message(f));
    }

    @Test
    void anObjectWhereAListBelongsSaysHowToWriteAList() throws IOException {
        Path f = variant("  \"name\": \"x\", \"description\": \"d\",",
                "  \"addEvents\": { \"year\": 2030, \"type\": \"rivalry\", \"value\": 0.5 }");
        assertEquals(f + ":4: addEvents: expected a list, found an object; a list is written [ ... ], e.g. [ { ... } ]"
                + " for a list of one object", message(f));
    }

    @Test
    void aMissingExtendedFileSuggestsTheNearestName() throws IOException {
        Path f = Files.writeString(dir.resolve("typo.json"), "{\n  \"extends\": \""
                + BASELINE.toAbsolutePath().toString().replace("\\", "/").replace("baseline.json", "basline")
                + "\",\n  \"name\": \"x\", \"description\": \"d\"\n}\n");
        assertEquals(f + ":2: extends: file not found: " + BASELINE.toAbsolutePath().toString()
                .replace("baseline.json", "basline.json") + "; did you mean 'baseline'?", message(f));
    }

    @Test
    void aBackslashPathInExtendsIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("docking"));
        Files.writeString(dir.resolve("docking/bass.json"), "{ \"name\": \"b\", \"description\": \"d\" }");
        // "docking\bass" is valid JSON: \b is an escape (backspace), so the file name is wrong
        Path f = Files.writeString(dir.resolve("win.json"),
                "{\n  \"extends\": \"docking\\bass\",\n  \"name\": \"x\", \"description\": \"d\"\n}\n");
        assertEquals(f + ":2: extends: file not found: " + dir.resolve("docking\bass.json")
                + "; write / between folders (a backslash in JSON text starts an escape such as \\b)", message(f));
    }
}
