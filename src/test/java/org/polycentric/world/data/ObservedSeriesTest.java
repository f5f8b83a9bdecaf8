package org.polycentric.world.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.polycentric.model.metrics.Metric;
import org.polycentric.world.data.ObservedSeries.Observation;

/** The shipped observed-series.csv: the issue's numbers, each with a source and a comparable model metric. */
class ObservedSeriesTest {

    private static final ObservedSeries SHIPPED = ObservedSeries.load();

    /** Issue #12, point 7, as "month value". */
    private static final Map<String, String> ISSUE = new LinkedHashMap<>();

    static {
        ISSUE.put("c40_members", "2005-10 18, 2006-08 40, 2011-06 58, 2015-03 70, 2016-12 91, 2021-12 97");
        ISSUE.put("nations_net_zero", "2019-06 17, 2020-12 124, 2025-06 137");
        ISSUE.put("race_to_zero_cities", "2019-11 102, 2020-06 449, 2021-04 704, 2021-11 1049");
    }

    @Test
    void theShippedSeriesAreTheIssuesNumbers() {
        assertEquals(List.copyOf(ISSUE.keySet()), SHIPPED.names());
        for (String name : SHIPPED.names()) {
            String shipped = SHIPPED.series(name).stream().map(o -> o.date() + " " + o.value())
                    .collect(Collectors.joining(", "));
            System.out.printf("%-20s %s%n", name, shipped);
            assertEquals(ISSUE.get(name), shipped, name);
        }
    }

    @Test
    void everyObservationNamesItsSourceAndAMetricTheModelRecords() {
        for (Observation o : SHIPPED.all()) {
            Metric metric = Metric.byId(o.metric());
            System.out.printf("%-20s %s %5d %-7s ~ %s/%s (floor %s); source: %s%n", o.series(), o.date(), o.value(),
                    o.unit(), o.metric(), o.group(), o.minPopulation().isPresent() ? o.minPopulation().getAsInt()
                            : "any", o.source());
            assertTrue(o.source().length() > 20, "a real source: " + o);
            assertEquals(metric.unit(), o.unit(), "the metric counts what was observed: " + o);
        }
        // Race to Zero counts towns of any size: compared in a world down to 1,000 people (docs/DATA.md)
        SHIPPED.series("race_to_zero_cities").forEach(o -> assertEquals(1000, o.minPopulation().getAsInt()));
        SHIPPED.series("c40_members").forEach(o -> assertEquals("C40", o.group()));
        assertEquals(2005.75, SHIPPED.series("c40_members").get(0).year(), 1e-12, "October 2005");
    }

    @Test
    void docsDataNamesEverySeries() throws Exception {
        String data = Files.readString(Path.of("docs/DATA.md"));
        assertTrue(data.contains("## Observed series"), "DATA.md has the section");
        for (String name : SHIPPED.names()) {
            assertTrue(data.contains("`" + name + "`"), "DATA.md names " + name);
        }
    }

    @Test
    void badRowsAreRefusedWithFileLineColumnAndWhatIsAllowed() {
        String header = ObservedSeries.HEADER + "\n";
        String good = "s,2005-10,18,cities,network_members,C40,100000,a source,\n";
        assertEquals(YearMonth.of(2005, 10), parse(header + good).series("s").get(0).date());
        Map<String, String> bad = Map.of(
                good.replace("2005-10", "2005-13"), "x.csv, line 2: column date: '2005-13' is not allowed; allowed: a month as YYYY-MM",
                good.replace(",18,", ",-1,"), "x.csv, line 2: column value -1 is out of range (allowed: 0 to",
                good.replace("cities", "towns"), "x.csv, line 2: column unit: 'towns' is not allowed; allowed: cities, nations",
                good.replace("a source", ""), "x.csv, line 2: column source: empty",
                good + good, "x.csv, line 3: column date: 2005-10 is not after 2005-10",
                good + good.replace("2005", "2006").replace("C40", "ICLEI"), "x.csv, line 3: columns unit, metric, group, min_population: must be the same",
                good + "t" + good.substring(1) + good.replace("2005", "2007"), "x.csv, line 4: column series: rows of 's' are not together");
        bad.forEach((text, message) -> {
            DataFileException e = assertThrows(DataFileException.class, () -> parse(header + text));
            System.out.println(e.getMessage());
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
        });
        assertThrows(DataFileException.class, () -> parse("series,date,value\n"));
        assertFalse(parse(header + good).all().isEmpty());
    }

    private static ObservedSeries parse(String text) {
        return ObservedSeries.parse("x.csv", new StringReader(text));
    }
}
