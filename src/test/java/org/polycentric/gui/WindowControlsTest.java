package org.polycentric.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.TestScenarios;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.rules.GreatPowerInterferenceRule;
import org.polycentric.model.rules.NetworkRecruitmentRule;
import org.polycentric.model.rules.NetworkServicesRule;
import org.polycentric.output.charts.ChartFormat;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.scenario.Scenario;
import sim.portrayal.DrawInfo2D;
import sim.util.Properties;

/** The window's controls without a screen: charts and their export, the Model tab, the ties layer, the map line. */
class WindowControlsTest {
    private static final List<String> SMALL = List.of("world.cities=600", "world.firms.count=3000", "time.endYear=2030");

    private static PolycentricWithUI smallBaseline() throws Exception {
        return PolycentricWithUI.fromFile(Path.of("scenarios/baseline.json"), SMALL);
    }

    private static void play(PolycentricWithUI ui, int steps) {
        PolycentricWithUITest.play(ui, steps);
    }

    private static void onSwing(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    @Test
    void bothLiveChartsAreTheRunsChartsAndFollowTheModel() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 20);
        List<String> names = new ArrayList<>();
        int[] points = new int[2];
        onSwing(() -> {
            for (int c = 0; c < 2; c++) {
                LiveChart chart = ui.charts().charts().get(c);
                names.add(chart.definition().name());
                points[c] = chart.pointCount();
            }
        });
        assertEquals(List.of(LiveCharts.ADOPTION, LiveCharts.NATIONAL_TARGETS), names);
        assertArrayEquals(new int[] {21, 21}, points);
    }

    @Test
    void theNationsChartShowsTheNationsWithATargetAsTheRecorderHasThem() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 40);
        double[] shown = new double[1];
        onSwing(() -> {
            JFreeChart chart = ui.charts().chart(LiveCharts.NATIONAL_TARGETS).chart(ChartTheme.SCREEN);
            int n = chart.getXYPlot().getDataset().getItemCount(0);
            shown[0] = chart.getXYPlot().getDataset().getYValue(0, n - 1);
        });
        var table = ui.model().recorder().table();
        double recorded = table.value(40, table.indexOf("nations_net_zero_count", "all"));
        assertEquals(recorded, shown[0]);
        assertTrue(recorded > 0, "some nations have a target by step 40");
    }

    @Test
    void aRestartKeepsThePreviousRunAsDashedLines() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 30);
        onSwing(() -> assertFalse(ui.charts().chart(LiveCharts.ADOPTION).showsPreviousRun()));
        ui.parameters().set("Peer influence (M3)", 0.3);
        ui.finish();
        play(ui, 5);
        onSwing(() -> {
            LiveChart adoption = ui.charts().chart(LiveCharts.ADOPTION);
            assertTrue(adoption.showsPreviousRun());
            assertEquals(6, adoption.pointCount());
            JFreeChart chart = adoption.chart(ChartTheme.SCREEN);
            var data = chart.getXYPlot().getDataset();
            assertEquals(6, data.getSeriesCount(), "all, North, South; then the same of the previous run");
            for (int k = 0; k < 3; k++) {
                assertEquals(6, data.getItemCount(k));
                assertEquals(31, data.getItemCount(3 + k), "the previous run's 31 points");
                var renderer = chart.getXYPlot().getRenderer();
                assertEquals(renderer.getSeriesPaint(k), renderer.getSeriesPaint(3 + k), "same colour");
                assertTrue(((java.awt.BasicStroke) renderer.getSeriesStroke(3 + k)).getDashArray() != null, "dashed");
            }
            assertEquals(0.0, data.getYValue(3, 0), "the previous run starts in 2005");
            var legend = chart.getXYPlot().getFixedLegendItems();
            assertEquals(4, legend.getItemCount(), "three lines and one entry for the previous run");
            LegendItem item = legend.get(3);
            assertTrue(item.getLabel().startsWith(LiveChart.PREVIOUS_RUN), item.getLabel());
            assertTrue(((java.awt.BasicStroke) item.getLineStroke()).getDashArray() != null, "dashed");
            String caption = "";
            for (int t = 0; t < chart.getSubtitleCount(); t++) {
                if (chart.getSubtitle(t) instanceof org.jfree.chart.title.TextTitle text) {
                    caption += text.getText();
                }
            }
            assertTrue(caption.contains("rules.peerInfluence.weight=0.3"), caption);
            assertTrue(caption.contains("previous run, baseline with world.cities=600"), caption);
            // the seed the user knows (the scenario's run seed), not the replication's derived 64-bit one
            assertTrue(caption.contains("run seed 1, replication 0"), caption);
            assertFalse(caption.contains(Long.toString(ui.model().seed())), caption);
        });
    }

    @Test
    void aRestartWhileTheSwingThreadIsBusyKeepsBothRunsWhole() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 5);
        onSwing(() -> { }); // the chart has the first six records
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 5; i++) {
            ui.step(); // records 6-10 wait for the busy Swing thread
        }
        ui.finish();
        ui.start(); // a restart before they were drawn
        ui.finish();
        ui.start(); // and another, as a preview followed by play does
        ui.step();
        hold.countDown();
        onSwing(() -> {
            LiveChart adoption = ui.charts().chart(LiveCharts.ADOPTION);
            assertEquals(2, adoption.pointCount(), "the new run: records 0 and 1");
            JFreeChart chart = adoption.chart(ChartTheme.SCREEN);
            assertEquals(11, chart.getXYPlot().getDataset().getItemCount(3), "the previous run whole: records 0-10");
        });
    }

    @Test
    void theExportButtonWritesTheChartAsPngSvgAndPdf(@TempDir Path dir) throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 12);
        List<Exception> failures = new ArrayList<>();
        onSwing(() -> {
            try {
                LiveChart adoption = ui.charts().chart(LiveCharts.ADOPTION);
                adoption.export(dir.resolve("adoption.png"));
                adoption.export(dir.resolve("adoption.SVG"));
                ui.charts().chart(LiveCharts.NATIONAL_TARGETS).export(dir.resolve("nations.pdf"));
            } catch (Exception e) {
                failures.add(e);
            }
        });
        assertEquals(List.of(), failures);
        byte[] png = Files.readAllBytes(dir.resolve("adoption.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("adoption.png").toFile());
        assertEquals(1950, image.getWidth(), "6.5 inches at 300 dpi, as a run's charts");
        String svg = Files.readString(dir.resolve("adoption.SVG"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.contains("Cities with a carbon-neutrality pledge"));
        byte[] pdf = Files.readAllBytes(dir.resolve("nations.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(ChartFormat.SVG, LiveChart.formatOf(Path.of("a.svg")));
        assertEquals(Path.of("out", "fig.pdf"), LiveChart.withExtension(Path.of("out", "fig"), "pdf"));
        assertEquals(Path.of("fig.v2.png"), LiveChart.withExtension(Path.of("fig.v2"), "png"));
        assertEquals(Path.of("fig.SVG"), LiveChart.withExtension(Path.of("fig.SVG"), "png"), "a name with a format keeps it");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveChart.formatOf(Path.of("figure.jpg")));
        assertTrue(e.getMessage().contains(".png, .svg or .pdf"), e.getMessage());
    }

    @Test
    void theModelTabListsItsRowsInOrderWithAnExplanationEach() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        Properties p = ui.getSimulationProperties();
        List<ModelParameters.Row> rows = ui.parameters().rows();
        assertEquals(rows.size(), p.numProperties());
        assertEquals("Scenario", p.getName(0));
        for (int i = 0; i < p.numProperties(); i++) {
            assertFalse(p.getDescription(i).isBlank(), p.getName(i));
        }
        int peer = rows.stream().map(ModelParameters.Row::label).toList().indexOf("Peer influence (M3)");
        assertTrue(p.getDomain(peer) instanceof sim.util.Interval, "a slider");
        assertTrue(p.isReadWrite(peer));
        Object[] picker = (Object[]) p.getDomain(0);
        List<Object> scenarios = Arrays.asList(picker);
        assertTrue(scenarios.containsAll(List.of("baseline", "no-city-networks", "great-power-withdrawal",
                "north-south-support", "docking/bass")), scenarios.toString());
        assertEquals(scenarios.indexOf("baseline"), p.getValue(0));
    }

    @Test
    void thePickerLoadsAnotherScenarioForTheNextStart() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        ModelParameters bean = ui.parameters();
        bean.set("Peer influence (M3)", 0.3);
        bean.set("Scenario", bean.scenarioNames().indexOf("great-power-withdrawal"));
        assertEquals("great-power-withdrawal", ui.model().scenario().name());
        assertEquals(600, ui.model().scenario().world().cities(), "the command line's overrides stay");
        assertEquals(0.08, bean.get("Peer influence (M3)"), "slider changes go with the old scenario");
        assertEquals("stop, then play, to run great-power-withdrawal", bean.get("Message"));

        play(ui, Integer.MAX_VALUE);
        Scenario expected = TestScenarios.load("great-power-withdrawal", SMALL.toArray(String[]::new));
        ReplicationResult headless = TestScenarios.run(expected, 0);
        assertArrayEquals(headless.world().cities().status, ui.model().world().cities().status);
    }

    @Test
    void theCityNetworksBoxSwitchesRecruitmentAndServicesAsTheCounterfactualDoes() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        ui.parameters().set("City networks (M3)", false);
        Scenario s = ui.model().scenario();
        assertFalse(s.rules().get("networkRecruitment", NetworkRecruitmentRule.Params.class).enabled());
        assertFalse(s.rules().get("networkServices", NetworkServicesRule.Params.class).enabled());
        Scenario counterfactual = TestScenarios.load("no-city-networks", SMALL.toArray(String[]::new));
        assertEquals(counterfactual.rules(), s.rules());
    }

    @Test
    void theFinanceSliderSetsTheFundsBudgetAndARejectedValueSaysWhy() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        ModelParameters bean = ui.parameters();
        assertEquals(500.0, bean.get("North-South finance (M8)"));
        bean.set("North-South finance (M8)", 1000.0);
        assertEquals(1000, ui.model().scenario().world().supranational().get(2).budgetPerYear());
        assertTrue(ui.parameters().describeRun().endsWith("world.supranational[2].budgetPerYear=1000.0"),
                ui.parameters().describeRun());
        bean.set("Capacity barrier (M8)", -2.0);
        String message = (String) bean.get("Message");
        assertTrue(message.startsWith("refused: "), message);
        assertTrue(message.contains("gamma"), message);
        assertEquals(1.0, bean.get("Capacity barrier (M8)"));
        assertEquals(1000.0, bean.get("North-South finance (M8)"), "earlier changes stay");
    }

    @Test
    void changesSetBackToTheFilesValuesAreNoLongerNamed() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        ModelParameters bean = ui.parameters();
        bean.set("City networks (M3)", false);
        assertTrue(ui.parameters().describeRun().contains("networkRecruitment.enabled=false"));
        bean.set("City networks (M3)", true);
        assertEquals("baseline with world.cities=600, world.firms.count=3000, time.endYear=2030",
                ui.parameters().describeRun());
    }

    @Test
    void aWindowWithoutAFileIsReadOnly() {
        PolycentricWithUI ui = new PolycentricWithUI(TestScenarios.load("baseline", SMALL.toArray(String[]::new)));
        Properties p = ui.getSimulationProperties();
        for (int i = 0; i < p.numProperties(); i++) {
            assertFalse(p.isReadWrite(i), p.getName(i));
        }
        assertThrows(IllegalArgumentException.class, () -> ui.parameters().set("Great-power rivalry (M7)", 0.9));
        assertEquals(0.1, ui.model().scenario().rules().get("greatPowerInterference", GreatPowerInterferenceRule.Params.class).rivalry());
    }

    @Test
    void theTiesLayerDrawsOnlyWhenShown() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 1);
        TiesPortrayal ties = ui.ties();
        assertEquals(0, inked(ties), "hidden by default");
        ties.setShown(true);
        assertTrue(inked(ties) > 2000, "ties drawn");
        assertEquals(1, ties.stride());
        assertTrue(ties.describe().matches("[0-9,]+ ties"), ties.describe());
    }

    private static int inked(TiesPortrayal ties) {
        BufferedImage image = new BufferedImage(720, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 720, 360);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, 720, 360);
        ties.draw(ties.getField(), g, new DrawInfo2D(null, ties, all, all));
        g.dispose();
        int inked = 0;
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 720; x++) {
                inked += image.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
            }
        }
        return inked;
    }

    @Test
    void theLineUnderTheMapSaysTheYearAndWhoHasCommitted() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 40);
        String line = MapFooter.describe(ui.model());
        assertTrue(line.startsWith("Year 2015.00: "), line);
        assertTrue(line.matches("Year 2015\\.00: [0-9,]+ of 600 cities pledged \\([0-9]+%\\); [0-9]+ of [0-9]+ nations with a net-zero target"), line);
        assertNotEquals(line, MapFooter.describe(startedOnly()));
    }

    private static org.polycentric.model.Polycentric startedOnly() throws Exception {
        PolycentricWithUI ui = smallBaseline();
        play(ui, 0);
        return ui.model();
    }
}
