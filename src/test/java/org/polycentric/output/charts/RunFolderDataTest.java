package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderDataTest {
    private static final String MANIFEST = """
            { "scenario": { "name": "tiny", "overrides": [ "world.cities=50" ] },
              "seed": 7, "replications": 2 }
            """;
    private static final String SUMMARY = """
            year,metric,group,mean,sd,ci95_low,ci95_high,n
            2005,pledged_share,all,0,0,0,0,2
            2005,pledged_share,north,0.1,NA,NA,NA,1
            2005,network_members,C40,3,1,1.0E-5,Inf,2
            2006,pledged_share,all,0.25,0.1,0.2,0.30000000000000004,2
            2006,pledged_share,north,0.5,NA,NA,NA,1
            2006,network_members,C40,4,1,2,6,2
            """;
    private static final String CITIES = """
            replication,id,name,lat,lon,population,pledge_year,networks
            0,0,A-1,10,20,1000,2006.25,"C40;Urban, Shift"
            0,1,A-2,-5,30.5,2000,NA,
            1,0,A-1,10,20,1000,NA,
            """;

    @TempDir
    Path dir;

    private Path runFolder() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("summary.csv"), SUMMARY);
        Files.writeString(dir.resolve("cities.csv"), CITIES);
        return dir;
    }

    @Test
    void readsTheSummaryKeepingEveryFieldAsWritten() throws Exception {
        RunFolderData data = RunFolderData.read(runFolder());
        assertEquals(new RunFolderData.RunInfo("tiny", 2, 7, List.of("world.cities=50")), data.info());
        assertEquals(List.of("pledged_share", "network_members"), data.metrics());
        assertEquals(List.of("all", "north"), data.groups("pledged_share"));
        List<RunFolderData.SummaryRow> rows = data.rows("pledged_share", "all");
        assertEquals(2, rows.size());
        assertEquals(new RunFolderData.SummaryRow("2006", "pledged_share", "all", "0.25", "0.1", "0.2",
                "0.30000000000000004", "2"), rows.get(1));
        assertEquals("1.0E-5", data.rows("network_members", "C40").get(0).ci95Low());
        assertEquals(Double.POSITIVE_INFINITY, data.rows("network_members", "C40").get(0).highValue());
        assertTrue(Double.isNaN(data.rows("pledged_share", "north").get(0).lowValue()));
        assertEquals(2005, data.firstYear());
        assertEquals(2006, data.lastYear());
        assertEquals(List.of(), data.rows("pledged_share", "south"));
    }

    private void writeManifestWith(String member) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), MANIFEST.replace("\"seed\"", member + ", \"seed\""));
    }

    @Test
    void aLabelIsReadWhenTheManifestHasOne() throws Exception {
        runFolder();
        assertEquals(null, RunFolderData.read(dir).info().label(), "no label: none");
        writeManifestWith("\"label\": \" weak peers \"");
        assertEquals(new RunFolderData.RunInfo("tiny", 2, 7, List.of("world.cities=50"), "weak peers"),
                RunFolderData.read(dir).info());
        writeManifestWith("\"label\": \"  \"");
        assertEquals(null, RunFolderData.read(dir).info().label(), "a blank label is none");
        writeManifestWith("\"label\": null");
        assertEquals(null, RunFolderData.read(dir).info().label());
    }

    @Test
    void theMapTakesReplicationZeroVerbatim() throws Exception {
        RunFolderData.MapCities cities = RunFolderData.read(runFolder()).mapCities();
        assertEquals("replication,id,name,lat,lon,population,pledge_year,networks", cities.headerText());
        assertEquals(List.of("0,0,A-1,10,20,1000,2006.25,\"C40;Urban, Shift\"", "0,1,A-2,-5,30.5,2000,NA,"),
                cities.rowTexts());
        assertArrayEquals(new double[] {20, 30.5}, cities.lon());
        assertArrayEquals(new double[] {10, -5}, cities.lat());
        assertArrayEquals(new double[] {1000, 2000}, cities.population());
        assertEquals(2006.25, cities.pledgeYear()[0]);
        assertTrue(Double.isNaN(cities.pledgeYear()[1]));
        assertEquals(2, cities.totalCities());
        assertEquals(1, cities.stride());
    }

    @Test
    void aFolderThatIsNotARunFolderIsNamed() throws IOException {
        ChartInputException missing = assertThrows(ChartInputException.class,
                () -> RunFolderData.read(dir.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("nowhere: no such folder"), missing.getMessage());

        ChartInputException empty = assertThrows(ChartInputException.class, () -> RunFolderData.read(dir));
        assertTrue(empty.getMessage().contains("not a run folder (it has no manifest.json)"), empty.getMessage());

        Files.writeString(dir.resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("summary.csv"), "a,b,c\n1,2,3\n");
        ChartInputException header = assertThrows(ChartInputException.class, () -> RunFolderData.read(dir));
        assertTrue(header.getMessage().contains("not a run summary"), header.getMessage());

        Files.writeString(dir.resolve("summary.csv"), SUMMARY + "2007,pledged_share,all,oops,NA,NA,NA,1\n");
        ChartInputException number = assertThrows(ChartInputException.class, () -> RunFolderData.read(dir));
        assertTrue(number.getMessage().endsWith("summary.csv:8: 'oops' is not a number"), number.getMessage());

        Files.writeString(dir.resolve("summary.csv"), SUMMARY);
        Files.writeString(dir.resolve("manifest.json"), "{ \"seed\": 1 }");
        ChartInputException manifest = assertThrows(ChartInputException.class, () -> RunFolderData.read(dir));
        assertTrue(manifest.getMessage().contains("not a run manifest"), manifest.getMessage());

        Files.writeString(dir.resolve("manifest.json"), "{ oops");
        ChartInputException json = assertThrows(ChartInputException.class, () -> RunFolderData.read(dir));
        assertTrue(json.getMessage().contains("not a valid manifest"), json.getMessage());
    }

    @Test
    void csvRecordsFollowRfc4180() throws IOException {
        CsvRecords csv = new CsvRecords(new BufferedReader(new StringReader(
                "a,\"b,c\",\"say \"\"hi\"\"\",\n\"two\nlines\",x\n")));
        CsvRecords.Row first = csv.next();
        assertEquals(List.of("a", "b,c", "say \"hi\"", ""), first.fields());
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",", first.text());
        CsvRecords.Row second = csv.next();
        assertEquals(List.of("two\nlines", "x"), second.fields());
        assertEquals("\"two\nlines\",x", second.text());
        assertEquals(2, second.line());
        assertEquals(null, csv.next());
    }
}
