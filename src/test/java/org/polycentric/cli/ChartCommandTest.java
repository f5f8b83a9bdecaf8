package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.metrics.Metric;
import org.polycentric.output.charts.ChartCatalog;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts end to end: what {@code run} writes into charts/, that each chart's CSV is the run's
 * summary for what it draws, and {@code chart} re-drawing, drawing one metric and comparing runs.
 */
class ChartCommandTest {
    /** 200 cities, two networks, ten years: a run takes a fraction of a second. */
    private static final String TINY = """
            {
              "name": "tiny",
              "description": "A small world for tests.",
              "seed": 7,
              "replications": 2,
              "time": { "startYear": 2005, "endYear": 2015, "stepsPerYear": 4 },
              "world": {
                "cities": 200,
                "regions": [
                  { "name": "north", "latMin": 20, "latMax": 65, "lonMin": -170, "lonMax": 170, "nations": 2,
                    "cityShare": 0.5, "northShare": 1.0, "bloc": "none" },
                  { "name": "south", "latMin": -50, "latMax": 20, "lonMin": -170, "lonMax": 170, "nations": 2,
                    "cityShare": 0.5, "northShare": 0.0, "bloc": "none" } ],
                "firms": { "count": 500 },
                "networks": [ { "name": "C40", "foundingYear": 2005, "policy": "open", "region": null,
                                "initialMembers": 0, "yearlyIntake": 20, "maxMembers": 100, "standards": true, "mentoring": false },
                              { "name": "Urban Shift", "foundingYear": 2008, "policy": "open", "region": null,
                                "initialMembers": 0, "yearlyIntake": 10, "maxMembers": 50, "standards": false, "mentoring": false } ]
              }
            }
            """;
    private static final List<String> RUN_DATA = List.of("manifest.json", "timeseries.csv", "summary.csv",
            "cities.csv", "events.csv", "runs.csv");
    private static final String CHART_HEADER = "year,series,metric,group,mean,ci95_low,ci95_high,n";

    @TempDir
    static Path shared;
    private static Path baseline;
    private static Path variant;
    /** The tiny world again, same seed, with --set rules.peerInfluence.weight=0.1 and 0.9 (no charts). */
    private static Path weak;
    private static Path strong;

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Two runs shared by the tests that only read them: the tiny world, and a variant with the same seed. */
    @BeforeAll
    static void runTwoScenarios() throws IOException {
        Path scenario = Files.writeString(shared.resolve("tiny.json"), TINY);
        Path other = Files.writeString(shared.resolve("tiny-fast.json"),
                TINY.replace("\"name\": \"tiny\"", "\"name\": \"tiny-fast\"").replace("\"yearlyIntake\": 20",
                        "\"yearlyIntake\": 60"));
        baseline = shared.resolve("tiny-run");
        variant = shared.resolve("fast-run");
        StringWriter errors = new StringWriter();
        assertEquals(0, PolycentricCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(errors), false,
                "run", scenario.toString(), "--quiet", "--out", baseline.toString()), errors.toString());
        assertEquals(0, PolycentricCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(errors), false,
                "run", other.toString(), "--quiet", "--out", variant.toString()), errors.toString());
        weak = shared.resolve("weak-run");
        strong = shared.resolve("strong-run");
        for (Path folder : List.of(weak, strong)) {
            String weight = folder == weak ? "0.1" : "0.9";
            assertEquals(0, PolycentricCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(errors),
                    false, "run", scenario.toString(), "--set", "rules.peerInfluence.weight=" + weight, "--no-charts",
                    "--quiet", "--out", folder.toString()), errors.toString());
        }
    }

    @BeforeEach
    void reset() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void aRunWritesEveryChartInEveryFormatAndListsThemInTheManifest() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String name : ChartCatalog.runChartNames()) {
            for (String extension : List.of("png", "svg", "pdf", "csv")) {
                expected.add(name + "." + extension);
            }
        }
        assertEquals(sorted(expected), entries(baseline.resolve("charts")));
        for (String file : expected) {
            assertTrue(Files.size(baseline.resolve("charts").resolve(file)) > 100, file);
        }
        byte[] png = Files.readAllBytes(baseline.resolve("charts/adoption.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, "US-ASCII"));
        assertTrue(Files.readString(baseline.resolve("charts/adoption.svg")).contains("<svg"));
        assertTrue(Files.readString(baseline.resolve("charts/adoption.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));

        JsonNode manifest = new ObjectMapper().readTree(baseline.resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>();
        manifest.get("files").forEach(f -> listed.add(f.asText()));
        assertEquals(RUN_DATA, listed.subList(0, RUN_DATA.size()));
        assertEquals(sorted(expected.stream().map(f -> "charts/" + f).toList()),
                sorted(listed.subList(RUN_DATA.size(), listed.size())));
        assertEquals(List.of("charts", "cities.csv", "events.csv", "manifest.json", "runs.csv", "summary.csv",
                "timeseries.csv"), entries(baseline));
    }

    @Test
    void eachChartCsvIsTheSummaryForWhatItDraws() throws IOException {
        Map<String, String> summary = summaryRows(baseline);
        Map<String, Set<String>> series = new HashMap<>();
        Path charts = baseline.resolve("charts");
        for (ChartCatalog.TimeChart chart : ChartCatalog.RUN_CHARTS) {
            List<String> lines = Files.readAllLines(charts.resolve(chart.name() + ".csv"));
            assertEquals(CHART_HEADER, lines.get(0), chart.name());
            Set<String> drawn = new LinkedHashSet<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                String key = f[0] + "," + f[2] + "," + f[3];
                String[] s = summary.get(key).split(",", -1);
                assertEquals(List.of(s[0], s[1], s[2], s[3], s[5], s[6], s[7]),
                        List.of(f[0], f[2], f[3], f[4], f[5], f[6], f[7]), chart.name() + ": " + line);
                drawn.add(f[2] + "/" + f[3]);
            }
            series.put(chart.name(), drawn);
            // Every year of every series it draws, and nothing else.
            assertEquals(11 * drawn.size(), lines.size() - 1, chart.name());
        }
        assertEquals(Set.of("pledged_share/all", "pledged_share/north", "pledged_share/south"), series.get("adoption"));
        assertEquals(Set.of("pledged_share/tier_global", "pledged_share/tier_regional",
                "pledged_share/tier_small_medium"), series.get("adoption-by-tier"));
        assertEquals(Set.of("population_covered_share/all", "emissions_covered_share/all"), series.get("coverage"));
        assertEquals(Set.of("emissions_total/all", "emissions_pledged/all", "emissions_pledged_pathway/all"),
                series.get("emissions"));
        assertEquals(Set.of("network_members/C40", "network_members/Urban Shift"), series.get("networks"));
        assertEquals(Set.of("firms_pledged_share/all", "firms_pledged_share/north", "firms_pledged_share/south"),
                series.get("firms"));
        assertEquals(Set.of("nations_net_zero_count/all", "nations_net_zero_count/north",
                "nations_net_zero_count/south"), series.get("national-targets"));
    }

    @Test
    void theMapCsvIsReplicationZeroOfTheCities() throws IOException {
        List<String> cities = Files.readAllLines(baseline.resolve("cities.csv"));
        List<String> expected = new ArrayList<>();
        expected.add(cities.get(0));
        cities.stream().skip(1).filter(l -> l.startsWith("0,")).forEach(expected::add);
        assertEquals(1 + 200, expected.size());
        assertEquals(expected, Files.readAllLines(baseline.resolve("charts/map.csv")));
    }

    @Test
    void chartRedrawsADeletedChartsFolderWithoutTouchingTheData() throws IOException {
        Path copy = copyOfRun(baseline, dir.resolve("copy"));
        Map<String, byte[]> before = dataBytes(copy);
        deleteTree(copy.resolve("charts"));

        assertEquals(0, run("chart", copy.toString()), err.toString());
        assertEquals(entries(baseline.resolve("charts")), entries(copy.resolve("charts")));
        for (String name : ChartCatalog.runChartNames()) {
            assertArrayEquals(Files.readAllBytes(baseline.resolve("charts").resolve(name + ".csv")),
                    Files.readAllBytes(copy.resolve("charts").resolve(name + ".csv")), name);
        }
        Map<String, byte[]> after = dataBytes(copy);
        for (String file : RUN_DATA) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
        assertEquals(32, out.toString().strip().split("\\R").length, "one line per file written: " + out);
    }

    @Test
    void oneMetricWithChosenGroupsFormatsAndSize() throws IOException {
        Path charts = dir.resolve("one");
        assertEquals(0, run("chart", baseline.toString(), "--metric", "pledged_share", "--group", "north,south",
                "--formats", "PNG,svg", "--width", "3", "--height", "2", "--dpi", "100", "--title", "Mine",
                "--theme", "screen", "--out", charts.toString()), err.toString());
        assertEquals(List.of("pledged_share-north+south.csv", "pledged_share-north+south.png",
                "pledged_share-north+south.svg"), entries(charts));
        List<String> lines = Files.readAllLines(charts.resolve("pledged_share-north+south.csv"));
        assertEquals(1 + 2 * 11, lines.size());
        assertTrue(lines.get(1).matches("2005,Global North,pledged_share,north,.*"), lines.get(1));

        assertEquals(0, run("chart", baseline.toString(), "--metric", "network_members", "--formats", "png",
                "--out", charts.toString()), err.toString());
        List<String> networks = Files.readAllLines(charts.resolve("network_members.csv"));
        assertEquals(1 + 2 * 11, networks.size(), "every network when the metric has no group 'all'");
    }

    @Test
    void comparingTwoRunsDrawsOneLinePerRun() throws IOException {
        Path charts = dir.resolve("compare");
        assertEquals(0, run("chart", baseline.toString(), variant.toString(), "--out", charts.toString()),
                err.toString());
        assertEquals(List.of("comparison-pledged_share-all.csv", "comparison-pledged_share-all.pdf",
                "comparison-pledged_share-all.png", "comparison-pledged_share-all.svg"), entries(charts));
        List<String> lines = Files.readAllLines(charts.resolve("comparison-pledged_share-all.csv"));
        assertEquals("run," + CHART_HEADER, lines.get(0));
        assertEquals(1 + 2 * 11, lines.size());
        Map<String, String> ours = summaryRows(baseline);
        Map<String, String> theirs = summaryRows(variant);
        Set<String> runs = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            runs.add(f[0] + "|" + f[2]);
            String[] s = (f[0].equals("tiny-run") ? ours : theirs).get(f[1] + ",pledged_share,all").split(",", -1);
            assertEquals(List.of(s[3], s[5], s[6], s[7]), List.of(f[5], f[6], f[7], f[8]), line);
        }
        assertEquals(Set.of("tiny-run|tiny", "fast-run|tiny-fast"), runs);
    }

    @Test
    void comparingRunsOfOneScenarioNamesThemBySeed() throws IOException {
        Path other = shared.resolve("tiny.json");
        Path reseeded = dir.resolve("seed9");
        assertEquals(0, run("run", other.toString(), "--seed", "9", "--no-charts", "--quiet", "--out",
                reseeded.toString()), err.toString());
        assertFalse(Files.exists(reseeded.resolve("charts")), "--no-charts");
        JsonNode manifest = new ObjectMapper().readTree(reseeded.resolve("manifest.json").toFile());
        assertEquals(RUN_DATA.size(), manifest.get("files").size());

        Path charts = dir.resolve("compare");
        assertEquals(0, run("chart", baseline.toString(), reseeded.toString(), "--metric", "firms_pledged_share",
                "--group", "south", "--formats", "svg", "--out", charts.toString()), err.toString());
        List<String> lines = Files.readAllLines(charts.resolve("comparison-firms_pledged_share-south.csv"));
        Set<String> labels = new LinkedHashSet<>();
        lines.stream().skip(1).forEach(l -> labels.add(l.split(",")[2]));
        assertEquals(Set.of("tiny (seed 7)", "tiny (seed 9)"), labels);
    }

    @Test
    void runsOfOneScenarioWithDifferentSetValuesAreToldApartInLegendAndCaption() throws Exception {
        Path charts = dir.resolve("compare");
        assertEquals(0, run("chart", baseline.toString(), weak.toString(), strong.toString(), "--formats", "svg",
                "--out", charts.toString()), err.toString());
        Path svg = charts.resolve("comparison-pledged_share-all.svg");
        List<SvgText> texts = svgTexts(svg);
        assertEquals(List.of("tiny", "tiny, peerInfluence.weight=0.1", "tiny, peerInfluence.weight=0.9",
                "95% interval"), legend(texts));
        assertEquals(joined("tiny; "
                + "tiny, peerInfluence.weight=0.1: scenario tiny with --set rules.peerInfluence.weight=0.1; "
                + "tiny, peerInfluence.weight=0.9: scenario tiny with --set rules.peerInfluence.weight=0.9; "
                + "2 replications each, seed 7; lines: mean, bands: 95% CI."), caption(texts));
        List<String> csv = Files.readAllLines(charts.resolve("comparison-pledged_share-all.csv"));
        for (String start : List.of("tiny-run,2005,tiny,pledged_share,all,",
                "weak-run,2005,\"tiny, peerInfluence.weight=0.1\",pledged_share,all,",
                "strong-run,2005,\"tiny, peerInfluence.weight=0.9\",pledged_share,all,")) {
            assertTrue(csv.stream().anyMatch(l -> l.startsWith(start)), "the CSV's series is the legend: " + start);
        }
    }

    @Test
    void comparisonsWithoutOutGoToANewFolderInOutputNeverOverwriting() throws IOException {
        Path root = dir.resolve("output");
        assertEquals(0, runIn(root, baseline.toString(), variant.toString(), "--formats", "svg"), err.toString());
        List<String> folders = entries(root);
        assertEquals(1, folders.size(), folders.toString());
        assertTrue(folders.get(0).matches("comparison-\\d{8}-\\d{6}"), folders.get(0));
        Path first = root.resolve(folders.get(0));
        assertEquals(List.of("comparison-pledged_share-all.csv", "comparison-pledged_share-all.svg"), entries(first));
        assertEquals(List.of(RunCommand.shown(first.resolve("comparison-pledged_share-all.svg")).toString(),
                        RunCommand.shown(first.resolve("comparison-pledged_share-all.csv")).toString()),
                out.toString().lines().toList(), "prints where they went");
        byte[] before = Files.readAllBytes(first.resolve("comparison-pledged_share-all.svg"));

        // the names of the next few seconds taken too: the next comparison must number its folder
        LocalDateTime now = LocalDateTime.now();
        Set<String> taken = new LinkedHashSet<>(folders);
        for (int s = -1; s <= 5; s++) {
            String name = "comparison-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now.plusSeconds(s));
            if (taken.add(name)) {
                Files.createDirectories(root.resolve(name));
            }
        }
        reset();
        assertEquals(0, runIn(root, baseline.toString(), variant.toString(), "--formats", "svg", "--title", "Other"),
                err.toString());
        List<String> added = new ArrayList<>(entries(root));
        added.removeAll(taken);
        assertEquals(1, added.size(), added.toString());
        assertTrue(added.get(0).matches("comparison-\\d{8}-\\d{6}-2"), added.toString());
        assertArrayEquals(before, Files.readAllBytes(first.resolve("comparison-pledged_share-all.svg")),
                "the first comparison is not written over");
        for (String name : taken) {
            if (!name.equals(folders.get(0))) {
                assertEquals(List.of(), entries(root.resolve(name)), name);
            }
        }
        Path second = root.resolve(added.get(0));
        assertTrue(out.toString().startsWith(RunCommand.shown(second.toAbsolutePath()).toString()), out.toString());

        reset();
        assertEquals(2, runIn(root, baseline.toString(), first.toString()));
        assertOneLine(err.toString());
        assertTrue(err.toString().contains(first + ": not a run folder (it has no manifest.json); it holds comparison "
                + "charts ('polycentric chart' of several runs): leave it out, e.g. with output/baseline-* rather than "
                + "output/*"), err.toString());

        reset();
        Path none = dir.resolve("none");
        assertEquals(2, runIn(none, baseline.toString(), variant.toString(), "--metric", "pledged_shares"));
        assertOneLine(err.toString());
        assertFalse(Files.exists(none), "nothing written on bad input");
        assertEquals("", out.toString());
    }

    @Test
    void oneRunsChartsStillGoToItsChartsFolderAndAFailedSetLeavesNoFolderBehind() throws IOException {
        Path copy = copyOfRun(baseline, dir.resolve("copy"));
        deleteTree(copy.resolve("charts"));
        Path root = dir.resolve("output");
        assertEquals(0, runIn(root, copy.toString(), "--metric", "rivalry", "--formats", "svg"), err.toString());
        assertEquals(List.of("rivalry-all.csv", "rivalry-all.svg"), entries(copy.resolve("charts")));
        assertFalse(Files.exists(root), "output/ is for comparisons only");

        deleteTree(copy.resolve("charts"));
        Files.delete(copy.resolve("cities.csv"));
        reset();
        assertEquals(2, runIn(root, copy.toString()));
        assertTrue(err.toString().contains("has no cities.csv to draw the map from"), err.toString());
        assertFalse(Files.exists(copy.resolve("charts")), "the charts/ folder it made is gone again");
        assertEquals("", out.toString());
    }

    /** Every metric of the summary, i.e. every one a user can ask for with --metric. */
    @Test
    void everyMetricHasTheSameTitleOnOneRunsChartAndOnAComparison() throws Exception {
        Map<String, String> firstGroup = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(baseline.resolve("summary.csv")).stream().skip(1).toList()) {
            String[] f = line.split(",", -1);
            firstGroup.putIfAbsent(f[1], f[2]);
        }
        assertEquals(Arrays.stream(Metric.values()).map(Metric::id).collect(java.util.stream.Collectors.toSet()),
                firstGroup.keySet(), "the summary has every metric");
        List<String[]> cases = new ArrayList<>();
        firstGroup.forEach((metric, group) -> cases.add(new String[] {metric, group}));
        cases.add(new String[] {"pledged_share", "south"});
        for (String[] c : cases) {
            String metric = c[0];
            String group = c[1];
            Path one = dir.resolve("one-" + metric + "-" + group);
            Path both = dir.resolve("both-" + metric + "-" + group);
            assertEquals(0, run("chart", baseline.toString(), "--metric", metric, "--group", group, "--formats", "svg",
                    "--out", one.toString()), metric + ": " + err);
            assertEquals(0, run("chart", baseline.toString(), weak.toString(), "--metric", metric, "--group", group,
                    "--formats", "svg", "--out", both.toString()), metric + ": " + err);
            List<SvgText> single = svgTexts(one.resolve(metric + "-" + group + ".svg"));
            List<SvgText> compared = svgTexts(both.resolve("comparison-" + metric + "-" + group + ".svg"));
            String expected = ChartCatalog.metricChartTitle(metric, List.of(group));
            assertEquals(expected, title(single), metric + "/" + group);
            assertEquals(expected, title(compared), metric + "/" + group);
            assertTrue(single.stream().anyMatch(t -> t.text().equals(ChartCatalog.metricAxis(metric)))
                    && compared.stream().anyMatch(t -> t.text().equals(ChartCatalog.metricAxis(metric))),
                    metric + ": the same axis title");
        }
        assertEquals("Cities with a carbon-neutrality pledge: Global South",
                ChartCatalog.metricChartTitle("pledged_share", List.of("south")));
    }

    @Test
    void aRunsLabelNamesItInTheLegend() throws Exception {
        Path labelled = copyOfRun(weak, dir.resolve("labelled"));
        Path manifest = labelled.resolve("manifest.json");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        json.put("label", "weak peers");
        new ObjectMapper().writeValue(manifest.toFile(), json);

        Path charts = dir.resolve("compare");
        assertEquals(0, run("chart", baseline.toString(), labelled.toString(), "--formats", "svg", "--out",
                charts.toString()), err.toString());
        List<SvgText> texts = svgTexts(charts.resolve("comparison-pledged_share-all.svg"));
        assertEquals(List.of("tiny", "weak peers", "95% interval"), legend(texts));
        assertEquals(joined("tiny; weak peers: scenario tiny with --set rules.peerInfluence.weight=0.1; "
                + "2 replications each, seed 7; lines: mean, bands: 95% CI."), caption(texts));
    }

    @Test
    void aWorldWithoutNetworksHasNoNetworkChartAndFormatsCanBeChosen() throws IOException {
        String text = TINY.substring(0, TINY.indexOf("\"networks\"")) + "\"networks\": [] } }";
        Path scenario = Files.writeString(dir.resolve("nonet.json"), text);
        Path folder = dir.resolve("nonet");
        assertEquals(0, run("run", scenario.toString(), "--quiet", "--formats", "png", "--out", folder.toString()),
                err.toString());
        assertEquals("", err.toString());
        List<String> expected = new ArrayList<>();
        for (String name : ChartCatalog.runChartNames()) {
            if (!name.equals("networks")) {
                expected.add(name + ".csv");
                expected.add(name + ".png");
            }
        }
        assertEquals(sorted(expected), entries(folder.resolve("charts")));
    }

    @Test
    void anUnknownMetricOrGroupListsWhatTheRunHas() {
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_shares", "--out", dir.toString()));
        assertOneLine(err.toString());
        assertTrue(err.toString().contains("no metric 'pledged_shares' in summary.csv; it has: pledged_count, "
                + "pledged_share,"), err.toString());

        reset();
        assertEquals(2, run("chart", baseline.toString(), variant.toString(), "--metric", "pledged_share", "--group",
                "east", "--out", dir.resolve("never").toString()));
        assertOneLine(err.toString());
        assertTrue(err.toString().contains("metric 'pledged_share' has no group 'east'; its groups: all, north, south"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("never")), "nothing written on bad input");
    }

    @Test
    void aFolderThatIsNotARunFolderIsBadInput() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertEquals(2, run("chart", plain.toString()));
        assertOneLine(err.toString());
        assertTrue(err.toString().contains("plain: not a run folder (it has no manifest.json)"), err.toString());
        assertEquals(List.of(), entries(plain));

        reset();
        assertEquals(2, run("chart", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("missing: no such folder"), err.toString());

        reset();
        assertEquals(2, run("chart", baseline.toString(), plain.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("not a run folder"), err.toString());
    }

    @Test
    void optionsAreChecked() {
        assertEquals(2, run("chart", baseline.toString(), "--formats", "jpg"));
        assertTrue(err.toString().contains("expected png, svg or pdf, was 'jpg'"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--title", "Mine"));
        assertTrue(err.toString().contains("--title"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--group", "north"));
        assertTrue(err.toString().contains("--group needs --metric"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--dpi", "0"));
        assertTrue(err.toString().contains("dpi"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--theme", "dark"));
        assertTrue(err.toString().contains("expected print or screen"), err.toString());
        reset();
        assertEquals(2, run("chart"));
        assertTrue(err.toString().contains("RUN_DIR"), err.toString());
        reset();
        assertEquals(0, run("chart", "--help"));
        for (String option : List.of("--metric", "--group", "--formats", "--width", "--height", "--dpi", "--title",
                "--theme", "--out")) {
            assertTrue(out.toString().contains(option), option);
        }
        reset();
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("chart"), out.toString());
    }

    @Test
    void aSizeInPixelsOrTooLargeIsRefusedBeforeAnythingIsWritten() {
        Path never = dir.resolve("never");
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--width", "1920", "--height",
                "1080", "--out", never.toString()));
        assertOneLine(err.toString());
        assertTrue(err.toString().contains("--width is in inches (the default page column is 6.5 x 4) and must be "
                + "from 1 to 50, was 1920"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--height", "0.5", "--out",
                never.toString()));
        assertTrue(err.toString().contains("--height is in inches"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--width", "40", "--height",
                "30", "--dpi", "600", "--out", never.toString()));
        assertTrue(err.toString().contains("a PNG of 40 x 30 in at 600 dpi would have 24,000 x 18,000 pixels, more "
                + "than 200 million; lower --dpi or the size"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--dpi", "5000", "--out",
                never.toString()));
        assertTrue(err.toString().contains("--dpi must be from 36 to 2400 (default 300), was 5000"), err.toString());
        assertFalse(Files.exists(never), "nothing written on bad input");
        assertEquals("", out.toString());
    }

    @Test
    void groupsAreTrimmedAndGivenOnce() throws IOException {
        Path charts = dir.resolve("groups");
        assertEquals(0, run("chart", baseline.toString(), "--metric", "pledged_share", "--group", "north, south",
                "--formats", "svg", "--out", charts.toString()), err.toString());
        assertEquals(List.of("pledged_share-north+south.csv", "pledged_share-north+south.svg"), entries(charts));
        reset();
        Path never = dir.resolve("never");
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--group", "north,north",
                "--out", never.toString()));
        assertTrue(err.toString().contains("--group: 'north' is given twice"), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.toString(), "--metric", "pledged_share", "--group", "north,,south",
                "--out", never.toString()));
        assertTrue(err.toString().contains("--group: an empty group name"), err.toString());
        assertFalse(Files.exists(never));
    }

    @Test
    void aFileOrTheChartsFolderOfARunOrTheFolderOfRunsIsNamedForWhatItIs() throws IOException {
        assertEquals(2, run("chart", baseline.resolve("charts").toString()));
        assertOneLine(err.toString());
        assertTrue(err.toString().endsWith("charts: not a run folder (it has no manifest.json); give the run folder it "
                + "is in, " + baseline + System.lineSeparator()), err.toString());
        reset();
        assertEquals(2, run("chart", baseline.resolve("summary.csv").toString()));
        assertTrue(err.toString().contains("summary.csv: not a folder; give the run folder it is in, " + baseline),
                err.toString());
        reset();
        Path runs = Files.createDirectories(dir.resolve("runs"));
        copyOfRun(baseline, runs.resolve("a"));
        copyOfRun(baseline, runs.resolve("b"));
        Files.createDirectories(runs.resolve("c-not-a-run"));
        assertEquals(2, run("chart", runs.toString()));
        assertTrue(err.toString().contains("runs: not a run folder (it has no manifest.json); it holds 2 run folders "
                + "(e.g. " + runs.resolve("b") + "): give one to draw its charts again, or several to compare them"),
                err.toString());
        assertEquals(List.of("a", "b", "c-not-a-run"), entries(runs), "nothing written");
    }

    @Test
    void moreLinesThanColoursIsWarnedAbout() throws IOException {
        Path charts = dir.resolve("many");
        assertEquals(0, run("chart", baseline.toString(), weak.toString(), strong.toString(), "--group",
                "all,north,south", "--formats", "svg", "--out", charts.toString()), err.toString());
        assertTrue(err.toString().contains("warning: 9 lines on one chart but 8 colours, so from line 9 on colours "
                + "repeat"), err.toString());
        reset();
        assertEquals(0, run("chart", baseline.toString(), weak.toString(), "--group", "all,north,south,tier_global",
                "--formats", "svg", "--out", charts.toString()), err.toString());
        assertEquals("", err.toString(), "8 lines, 8 colours");
    }

    private int run(String... args) {
        return PolycentricCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), false, args);
    }

    /** {@code polycentric chart ARGS} with {@code root} in place of output/ (the working folder's). */
    private int runIn(Path root, String... args) {
        return PolycentricCommand.execute(new ChartCommand(root), new PrintWriter(out, true),
                new PrintWriter(err, true), false, args);
    }

    /** summary.csv by "year,metric,group" (quoted group names are not expected in these runs). */
    private static Map<String, String> summaryRows(Path run) throws IOException {
        Map<String, String> rows = new HashMap<>();
        for (String line : Files.readAllLines(run.resolve("summary.csv"))) {
            String[] f = line.split(",", -1);
            rows.put(f[0] + "," + f[1] + "," + f[2], line);
        }
        return rows;
    }

    private static Path copyOfRun(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static Map<String, byte[]> dataBytes(Path run) throws IOException {
        Map<String, byte[]> bytes = new HashMap<>();
        for (String file : RUN_DATA) {
            bytes.put(file, Files.readAllBytes(run.resolve(file)));
        }
        return bytes;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** One text of an SVG chart: what it says and its font size and weight. */
    record SvgText(String text, double size, boolean bold) {
    }

    /**
     * The texts of an SVG chart in document order; JFreeChart writes the title, then the caption
     * (the smallest text, its lines wrapped anywhere), the legend entries, then the axes.
     */
    static List<SvgText> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList nodes = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text");
        List<SvgText> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String style = ((Element) nodes.item(i)).getAttribute("style");
            Matcher size = Pattern.compile("font-size: *([0-9.]+)px").matcher(style);
            assertTrue(size.find(), style);
            texts.add(new SvgText(nodes.item(i).getTextContent(), Double.parseDouble(size.group(1)),
                    style.contains("font-weight: bold")));
        }
        return texts;
    }

    static String title(List<SvgText> texts) {
        List<String> bold = texts.stream().filter(SvgText::bold).map(SvgText::text).toList();
        assertEquals(1, bold.size(), "one title: " + bold);
        return bold.get(0);
    }

    /** The caption without any whitespace (its wrapping may break a line anywhere). */
    static String caption(List<SvgText> texts) {
        double smallest = texts.stream().mapToDouble(SvgText::size).min().orElseThrow();
        return joined(String.join("", texts.stream().filter(t -> t.size() == smallest).map(SvgText::text).toList()));
    }

    /** The legend entries: the texts between the caption and the first tick label. */
    static List<String> legend(List<SvgText> texts) {
        double smallest = texts.stream().mapToDouble(SvgText::size).min().orElseThrow();
        int start = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).size() == smallest) {
                start = i + 1;
            }
        }
        List<String> legend = new ArrayList<>();
        for (SvgText text : texts.subList(start, texts.size())) {
            if (text.text().matches("[0-9.,%]+")) {
                break;
            }
            legend.add(text.text());
        }
        return legend;
    }

    static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void assertOneLine(String text) {
        assertEquals(1, text.strip().split("\\R").length, "one line: " + text);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
