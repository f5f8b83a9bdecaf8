package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTableFixture;
import org.polycentric.model.metrics.SeriesKey;

class TimeseriesCsvTest {
    private static final List<SeriesKey> SERIES = List.of(new SeriesKey("pledged_share", "all"),
            new SeriesKey("pledged_share", "south"));

    @TempDir
    Path folder;

    @Test
    void eachReplicationIsOnDiskAsSoonAsItIsWrittenWithNaForARatioOverNoCities() throws IOException {
        Path file = folder.resolve(TimeseriesCsv.FILE);
        try (TimeseriesCsv csv = new TimeseriesCsv(folder)) {
            // Half-yearly from 2010; the world has no South cities, so their share is NaN.
            double[][] values = {{0.0, Double.NaN}, {0.25, Double.NaN}};
            csv.write(new ReplicationResult(0, 100, null, MetricTableFixture.table(SERIES, 2010, 2, values), 0.0));
            assertEquals(List.of("replication,step,year,metric,group,value",
                    "0,0,2010,pledged_share,all,0",
                    "0,0,2010,pledged_share,south,NA",
                    "0,1,2010.5,pledged_share,all,0.25",
                    "0,1,2010.5,pledged_share,south,NA"), Files.readAllLines(file), "flushed before close");

            csv.write(new ReplicationResult(1, 101, null, MetricTableFixture.table(SERIES, 2010, 2, values), 0.0));
            csv.finish();
            assertEquals(9, Files.readAllLines(file).size());
            assertEquals("1,1,2010.5,pledged_share,south,NA", Files.readAllLines(file).get(8));
        }
    }
}
