package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.MetricTableFixture;
import org.polycentric.model.metrics.SeriesKey;

class SummaryCsvTest {
    /** Student t with 2 degrees of freedom has the closed-form quantile (2p - 1) / sqrt(2p(1 - p)): 4.303. */
    private static final double T_975_2 = (2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * (1 - 0.975));
    /** Student t with 1 degree of freedom is Cauchy: its quantile is tan(pi (p - 1/2)), 12.706. */
    private static final double T_975_1 = Math.tan(Math.PI * (0.975 - 0.5));
    private static final List<SeriesKey> SERIES = List.of(new SeriesKey("emissions_total", "all"),
            new SeriesKey("pledged_count", "north"));

    @TempDir
    Path folder;

    @Test
    void summarisesTheFirstOfJanuaryRecordsOverReplications() throws IOException {
        SummaryCsv summary = new SummaryCsv(folder);
        // Quarterly, 2000 to 2002: records 0, 4 and 8 fall on 1 January.
        for (int rep = 0; rep < 3; rep++) {
            double[][] values = new double[9][2];
            for (int r = 0; r < 9; r++) {
                values[r][0] = r + rep;                       // 0, 1, 2 at record 0
                values[r][1] = rep == 0 && r == 4 ? Double.NaN : 10;
            }
            summary.write(result(rep, MetricTableFixture.table(SERIES, 2000, 4, values)));
        }
        summary.finish();

        List<String> lines = Files.readAllLines(folder.resolve(SummaryCsv.FILE));
        assertEquals("year,metric,group,mean,sd,ci95_low,ci95_high,n", lines.get(0));
        assertEquals(1 + 3 * 2, lines.size(), "one row per year and series");
        assertEquals(List.of("2000,emissions_total,all", "2000,pledged_count,north", "2001,emissions_total,all",
                        "2001,pledged_count,north", "2002,emissions_total,all", "2002,pledged_count,north"),
                lines.subList(1, 7).stream().map(l -> String.join(",", List.of(l.split(",")).subList(0, 3))).toList());

        String[] emissions2001 = lines.get(3).split(",");
        double halfWidth = T_975_2 * 1.0 / Math.sqrt(3);   // values 4, 5, 6: mean 5, sd 1
        assertEquals(5.0, Double.parseDouble(emissions2001[3]), 1e-12);
        assertEquals(1.0, Double.parseDouble(emissions2001[4]), 1e-12);
        assertEquals(5 - halfWidth, Double.parseDouble(emissions2001[5]), 1e-9);
        assertEquals(5 + halfWidth, Double.parseDouble(emissions2001[6]), 1e-9);
        assertEquals("3", emissions2001[7]);

        // A missing value is left out of the count, and equal values have a zero-width interval.
        assertEquals("2001,pledged_count,north,10,0,10,10,2", lines.get(4));
        assertEquals("2002,pledged_count,north,10,0,10,10,3", lines.get(6));
    }

    @Test
    void oneReplicationHasNoSpread() throws IOException {
        SummaryCsv summary = new SummaryCsv(folder);
        summary.write(result(0, MetricTableFixture.adoptionCurve(2010, 2, 0.0, 0.1, 0.25)));
        summary.finish();
        assertEquals(List.of("year,metric,group,mean,sd,ci95_low,ci95_high,n",
                        "2010,pledged_share,all,0,NA,NA,NA,1",
                        "2011,pledged_share,all,0.25,NA,NA,NA,1"),
                Files.readAllLines(folder.resolve(SummaryCsv.FILE)));
    }

    @Test
    void aRatioOverAnEmptyGroupIsNaAndOnlyReplicationsWithAValueEnterTheStatistics() throws IOException {
        // pledged_share of the South in worlds without South cities: no value in any replication.
        // tier_global: replication 0's world happens to have no global city, the others do.
        List<SeriesKey> series = List.of(new SeriesKey("pledged_share", "south"),
                new SeriesKey("pledged_share", "tier_global"));
        double[] tierGlobal = {Double.NaN, 0.5, 0.52};
        SummaryCsv summary = new SummaryCsv(folder);
        for (int rep = 0; rep < 3; rep++) {
            double[][] values = {{Double.NaN, tierGlobal[rep]}, {Double.NaN, tierGlobal[rep]}};
            summary.write(result(rep, MetricTableFixture.table(series, 2010, 1, values)));
        }
        summary.finish();

        List<String> lines = Files.readAllLines(folder.resolve(SummaryCsv.FILE));
        assertEquals("2010,pledged_share,south,NA,NA,NA,NA,0", lines.get(1));
        assertEquals("2011,pledged_share,south,NA,NA,NA,NA,0", lines.get(3));
        String[] global = lines.get(2).split(",");
        double sd = 0.02 / Math.sqrt(2);
        double halfWidth = T_975_1 * sd / Math.sqrt(2);
        assertEquals(0.51, Double.parseDouble(global[3]), 1e-12, "mean of the two values, not of 0, 0.5, 0.52");
        assertEquals(sd, Double.parseDouble(global[4]), 1e-12);
        assertEquals(0.51 - halfWidth, Double.parseDouble(global[5]), 1e-9);
        assertEquals(0.51 + halfWidth, Double.parseDouble(global[6]), 1e-9);
        assertEquals("2", global[7]);
    }

    @Test
    void theIntervalOfAShareStaysInZeroToOneAndOfACountAtOrAboveZero() throws IOException {
        // Early adoption: one replication in three has a pledge. The t-interval of the share
        // (mean 0.001, sd 0.0017, t(2) = 4.3) reaches to -0.0033: clipped to 0. Late adoption: the
        // share is 1 in two replications, 0.97 in the third: the interval, to 1.04, is clipped to 1.
        // The count's interval likewise stops at 0; emissions have no stated range and keep theirs.
        List<SeriesKey> series = List.of(new SeriesKey("pledged_share", "all"),
                new SeriesKey("pledged_share", "north"), new SeriesKey("pledged_count", "all"),
                new SeriesKey("emissions_pledged", "all"));
        double[][] early = {{0.003, 0.97, 3, 3}, {0, 1, 0, 0}, {0, 1, 0, 0}};
        SummaryCsv summary = new SummaryCsv(folder);
        for (int rep = 0; rep < 3; rep++) {
            summary.write(result(rep, MetricTableFixture.table(series, 2030, 1, new double[][] {early[rep]})));
        }
        summary.finish();

        List<String> lines = Files.readAllLines(folder.resolve(SummaryCsv.FILE));
        double sdShare = 0.003 / Math.sqrt(3);
        String[] low = lines.get(1).split(",");
        assertEquals(0.001, Double.parseDouble(low[3]), 1e-15, "the mean is not clipped");
        assertEquals(sdShare, Double.parseDouble(low[4]), 1e-15, "nor the sd");
        assertEquals("0", low[5]);
        assertEquals(0.001 + T_975_2 * sdShare / Math.sqrt(3), Double.parseDouble(low[6]), 1e-12);
        String[] high = lines.get(2).split(",");
        assertEquals(0.99 - T_975_2 * sdShare * 10 / Math.sqrt(3), Double.parseDouble(high[5]), 1e-12);
        assertEquals("1", high[6]);
        assertEquals("0", lines.get(3).split(",")[5], "a count");
        assertEquals(1 - T_975_2 * Math.sqrt(3) / Math.sqrt(3), Double.parseDouble(lines.get(4).split(",")[5]),
                1e-9, "emissions: the interval as computed, below 0");
    }

    private static ReplicationResult result(int replication, MetricTable table) {
        return new ReplicationResult(replication, 100 + replication, null, table, 0.0);
    }
}
