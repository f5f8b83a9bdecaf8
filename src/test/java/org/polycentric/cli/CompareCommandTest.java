package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.experiment.Seeds;
import org.polycentric.output.CsvFormat;

/**
 * {@code compare} through the command line: arms with the same seeds as {@code run}, paired
 * differences that are exactly zero for an arm against itself and that find a mechanism's effect,
 * files that do not depend on the threads, bad input refused with nothing written, and a caption
 * that says what each arm is. The baseline is shrunk to a few hundred cities and a few years.
 */
class CompareCommandTest {
    private static final String BASELINE = "scenarios/baseline.json";
    private static final String[] SMALL = {"--set", "world.cities=300", "--set", "time.endYear=2012"};
    private static final String PEERS_OFF = "rules.peerInfluence.enabled=false";

    @TempDir
    Path dir;
    private CommandLineFixture cli;
    private String baseline;

    @BeforeEach
    void setUp() {
        cli = new CommandLineFixture(dir);
        baseline = CommandLineFixture.repository().resolve(BASELINE).toString();
    }

    private int compare(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        if (out != null) {
            all.addAll(List.of("--out", out.toString()));
        }
        return cli.run(all.toArray(String[]::new));
    }

    /** A baseline arm shrunk to the small world, with {@code more} options of its own. */
    private List<String> arm(String... more) {
        List<String> arm = new ArrayList<>(List.of("--scenario", baseline));
        arm.addAll(List.of(SMALL));
        arm.addAll(List.of(more));
        return arm;
    }

    private static String[] args(List<String> first, List<String> second, String... common) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(List.of(common));
        return all.toArray(String[]::new);
    }

    @Test
    void anArmAgainstItselfDiffersByExactlyZeroAndUsesTheSeedsOfRun() throws IOException {
        Path out = dir.resolve("self");
        assertEquals(0, compare(out, args(arm(), arm(), "--seed", "5", "--replications", "3", "--formats", "svg")),
                cli.err());
        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        assertEquals(5, rows.size(), "five default outcomes, one compared arm");
        int withValues = 0;
        for (Map<String, String> row : rows) {
            if (row.get("n").equals("0")) {
                assertEquals("NA", row.get("difference"), row.toString()); // a level never reached in either
                continue;
            }
            withValues++;
            assertEquals("3", row.get("n"), row.toString());
            assertEquals("0", row.get("difference"), row.toString());
            assertEquals("0", row.get("ci95_low"), row.toString());
            assertEquals("0", row.get("ci95_high"), row.toString());
            assertEquals("0", row.get("sd"), row.toString());
            assertEquals(row.get("reference_mean"), row.get("mean"), row.toString());
        }
        assertTrue(withValues >= 4, "the shares are recorded: " + rows);
        assertEquals("baseline", rows.get(0).get("reference_label"));
        assertEquals("baseline (2)", rows.get(0).get("label"), "a default label that repeats gets a number");

        // replication r of each arm has the seed run gives replication r, and run's own numbers
        Path run = dir.resolve("run");
        List<String> runArgs = new ArrayList<>(List.of("run", baseline));
        runArgs.addAll(List.of(SMALL));
        runArgs.addAll(List.of("--seed", "5", "--replications", "3", "--no-charts", "--quiet", "--out", run.toString()));
        assertEquals(0, cli.run(runArgs.toArray(String[]::new)), cli.err());
        List<Map<String, String>> runRows = csv(run.resolve("runs.csv"));
        List<Map<String, String>> compared = csv(out.resolve("runs.csv"));
        assertEquals(6, compared.size());
        for (Map<String, String> row : compared) {
            int r = Integer.parseInt(row.get("replication"));
            assertEquals(CsvFormat.seed(Seeds.replicationSeed(5, r)), row.get("seed"), row.toString());
            assertEquals(runRows.get(r).get("seed"), row.get("seed"));
            assertEquals(runRows.get(r).get("final_pledged_share"), row.get("pledged_final"), "the run's own number");
            assertEquals(runRows.get(r).get("year_50"), row.get("year_50"));
        }
    }

    @Test
    void switchingPeerInfluenceOffLowersThePledgedShareBeyondItsInterval() throws IOException {
        Path out = dir.resolve("peers");
        int replications = 8;
        // fifteen years: long enough for peers to matter beyond the noise of 300 cities
        List<String> on = List.of("--scenario", baseline, "--set", "world.cities=300", "--set", "time.endYear=2020");
        List<String> off = new ArrayList<>(on);
        off.addAll(List.of("--set", PEERS_OFF, "--label", "no-peers"));
        assertEquals(0, compare(out, args(on, off, "--seed", "3", "--replications", Integer.toString(replications),
                "--formats", "svg")), cli.err());
        Map<String, String> pledged = csv(out.resolve("comparison.csv")).get(0);
        assertEquals("pledged_final", pledged.get("outcome"));
        double difference = Double.parseDouble(pledged.get("difference"));
        double low = Double.parseDouble(pledged.get("ci95_low"));
        double high = Double.parseDouble(pledged.get("ci95_high"));
        System.out.printf(Locale.ROOT, "compare: pledged share 2020, peer influence off minus on: %.4f, 95%% CI"
                + " [%.4f, %.4f], %d paired replications%n", difference, low, high, replications);
        assertTrue(difference < 0, "fewer pledges without peer influence: " + pledged);
        assertTrue(high < 0, "the interval excludes 0: " + pledged);
        assertTrue(cli.out().contains("no-peers"), "the table is printed: " + cli.out());

        // every number of the table follows from runs.csv: the paired t-interval, done by hand
        List<Map<String, String>> runs = csv(out.resolve("runs.csv"));
        double[] d = new double[replications];
        for (int r = 0; r < replications; r++) {
            Map<String, String> reference = runs.get(2 * r);
            Map<String, String> arm = runs.get(2 * r + 1);
            assertEquals("0", reference.get("arm"));
            assertEquals("1", arm.get("arm"));
            assertEquals(reference.get("seed"), arm.get("seed"), "the same seed in both arms");
            d[r] = Double.parseDouble(arm.get("pledged_final")) - Double.parseDouble(reference.get("pledged_final"));
        }
        double mean = 0;
        for (double x : d) {
            mean += x / replications;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (replications - 1));
        double half = new TDistribution(null, replications - 1).inverseCumulativeProbability(0.975) * sd
                / Math.sqrt(replications);
        assertEquals(mean, difference, 1e-12);
        assertEquals(sd, Double.parseDouble(pledged.get("sd")), 1e-12);
        assertEquals(mean - half, low, 1e-12);
        assertEquals(mean + half, high, 1e-12);
        assertEquals(Integer.toString(replications), pledged.get("n"));
    }

    @Test
    void theFilesAreTheSameOnOneThreadAndOnTwo() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String[] common = {"--seed", "11", "--replications", "3", "--formats", "svg"};
        assertEquals(0, compare(one, concat(args(arm(), arm("--set", PEERS_OFF), common), "--threads", "1")), cli.err());
        assertEquals(0, compare(two, concat(args(arm(), arm("--set", PEERS_OFF), common), "--threads", "2")), cli.err());
        for (String file : List.of("comparison.csv", "runs.csv", "charts/comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        JsonNode manifest = new ObjectMapper().readTree(two.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("threads").asInt());
        assertEquals(3, manifest.get("replicationSeeds").size());
        assertEquals(2, manifest.get("arms").size());
        assertEquals(List.of("world.cities=300", "time.endYear=2012", PEERS_OFF),
                strings(manifest.at("/arms/1/scenario/overrides")));
    }

    @Test
    void badInputIsRefusedWithOneLineAndNothingWritten() throws IOException {
        Path out = dir.resolve("never");
        assertEquals(2, compare(out, arm().toArray(String[]::new)));
        cli.assertOneLineNoStackTrace();
        assertTrue(cli.err().contains("at least two arms"), cli.err());

        assertEquals(2, compare(out, args(arm(), List.of("--scenario", dir.resolve("missing.json").toString()))));
        cli.assertOneLineNoStackTrace();
        assertTrue(cli.err().contains("missing.json") && cli.err().contains("not found"), cli.err());

        Path outcomes = Files.writeString(dir.resolve("outcomes.json"), """
                {
                  "outcomes": [
                    { "name": "pledged", "metric": "pledged_share", "kind": "final" },
                    { "name": "typo", "metric": "pledged_shares", "kind": "final" }
                  ]
                }
                """);
        assertEquals(2, compare(out, args(arm(), arm("--set", PEERS_OFF), "--outcomes", outcomes.toString())));
        cli.assertOneLineNoStackTrace();
        assertTrue(cli.err().startsWith(outcomes + ":4: outcomes[1].metric: 'pledged_shares' is not a metric;"
                + " did you mean 'pledged_share'?"), cli.err());

        Files.writeString(outcomes, """
                { "outcomes": [ { "name": "late", "metric": "pledged_share", "kind": "atYear", "year": 2030 } ] }
                """);
        assertEquals(2, compare(out, args(arm(), arm("--set", PEERS_OFF), "--outcomes", outcomes.toString())));
        cli.assertOneLineNoStackTrace();
        assertTrue(cli.err().startsWith(outcomes + ":1: outcomes[0].year: must be within the time of arm 0"),
                cli.err());

        // a group only a built world can check: the run starts, fails, and leaves nothing
        Files.writeString(outcomes, """
                {
                  "outcomes": [
                    { "name": "members", "metric": "network_members", "group": "Nowhere Club", "kind": "final" }
                  ]
                }
                """);
        assertEquals(2, compare(out, args(arm(), arm("--set", PEERS_OFF), "--outcomes", outcomes.toString(),
                "--replications", "1", "--quiet", "--threads", "1"))); // one thread: arm 0 fails first
        cli.assertOneLineNoStackTrace();
        assertTrue(cli.err().startsWith(outcomes + ":3: outcomes[0].group: arm 0 (the reference, "), cli.err());
        assertTrue(cli.err().contains("no group 'Nowhere Club' of network_members; its groups: C40, ICLEI"), cli.err());

        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(dir.resolve("output")), "nothing written");
    }

    @Test
    void anOutcomesFileNamesTheColumns() throws IOException {
        Path outcomes = Files.writeString(dir.resolve("mine.json"), """
                { "outcomes": [
                    { "name": "pledged2010", "metric": "pledged_share", "kind": "atYear", "year": 2010 },
                    { "name": "southFinal", "metric": "pledged_share", "group": "south", "kind": "final" } ] }
                """);
        Path out = dir.resolve("mine");
        assertEquals(0, compare(out, args(arm(), arm("--set", PEERS_OFF), "--outcomes", outcomes.toString(),
                "--replications", "2", "--formats", "svg")), cli.err());
        assertEquals("arm,label,replication,seed,pledged2010,southFinal",
                Files.readAllLines(out.resolve("runs.csv")).get(0));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(outcomes.toString(), manifest.get("outcomesFile").asText());
        assertEquals("atYear", manifest.at("/outcomes/0/kind").asText());
    }

    @Test
    void theCaptionNamesEachArmsScenarioAndOverrides() throws IOException {
        Path out = dir.resolve("caption");
        assertEquals(0, compare(out, args(arm(), arm("--set", PEERS_OFF, "--set", "rules.campaigns.weight=0.5"),
                "--replications", "2", "--formats", "svg,png")), cli.err());
        String caption = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("caption").asText();
        String svgText = svgText(out.resolve("charts/comparison.svg"));
        for (String text : List.of(caption, svgText)) {
            // where the caption wraps depends on the length of the path (a line may break after a '.')
            String squashed = squash(text);
            assertTrue(squashed.contains(squash("Reference baseline: " + baseline + " with --set world.cities=300,"
                    + " time.endYear=2012;")), text);
            assertTrue(squashed.contains(squash(baseline + " with --set world.cities=300, time.endYear=2012, "
                    + PEERS_OFF + ", rules.campaigns.weight=0.5.")), text);
            assertTrue(squashed.contains(squash("2 replications of each, seed 1, the same seeds in every arm")), text);
        }
        assertTrue(svgText.contains("baseline, peerInfluence.enabled=false, campaigns.weight=0.5"),
                "the arm's default label on its axis: " + svgText);
        assertTrue(Files.size(out.resolve("charts/comparison.png")) > 10_000, "a PNG was drawn");
    }

    // ---- reading the files ---------------------------------------------------------------------

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The SVG's text, its pieces joined as the caption wrapped them: by a space, or by nothing after
     * a line that ends in a hyphen ({@code --set} may break after {@code --}).
     */
    private static String svgText(Path svg) throws IOException {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(Files.readString(svg));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String piece = m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip();
            if (text.length() > 0 && text.charAt(text.length() - 1) != '-') {
                text.append(' ');
            }
            text.append(piece);
        }
        return text.toString();
    }

    /** A CSV file's rows by column name; a quoted field may hold commas. */
    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), f.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
