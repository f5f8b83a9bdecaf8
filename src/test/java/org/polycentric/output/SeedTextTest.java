package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTableFixture;
import org.polycentric.model.metrics.SeriesKey;

/**
 * Seeds are 64-bit integers; readers that hold numbers as doubles (R's read.csv, spreadsheets, R's
 * jsonlite, JavaScript) would lose their last digits, so the files spell them as text those readers
 * keep: {@link CsvFormat#seed}.
 */
class SeedTextTest {
    /** Large seeds: where a double loses digits (above 2^53), the sign bit, the extremes. */
    private static final long[] SEEDS = {0, 7, -1, 0x9E3779B97F4A7C15L, Long.MIN_VALUE, Long.MAX_VALUE,
            (1L << 53) + 1, -7046029254386353131L, 0x0000_0000_0000_0e10L};

    /**
     * What R's type.convert (so read.csv) and pandas turn into a number: decimal and scientific
     * notation, R's hexadecimal (with a binary exponent), the missing and infinite spellings.
     */
    private static final Pattern READ_AS_NUMBER = Pattern.compile("\\s*[+-]?("
            + "0[xX][0-9a-fA-F]*\\.?[0-9a-fA-F]*([pP][+-]?[0-9]+)?"
            + "|([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?"
            + "|NA|NaN|nan|Inf|inf|Infinity|infinity)\\s*");

    @TempDir
    Path folder;

    /** The inverse of {@link CsvFormat#seed}, as a reader would write it: drop the underscores, read 64 bits of hex. */
    static long parse(String text) {
        assertTrue(text.startsWith("0x"), text);
        return Long.parseUnsignedLong(text.substring(2).replace("_", ""), 16);
    }

    @Test
    void aSeedIsItsBitsInHexGroupedByFour() {
        assertEquals("0x9e37_79b9_7f4a_7c15", CsvFormat.seed(0x9E3779B97F4A7C15L));
        assertEquals("0x9e37_79b9_7f4a_7c15", CsvFormat.seed(-7046029254386353131L), "two's complement");
        assertEquals("0x0000_0000_0000_0007", CsvFormat.seed(7));
        assertEquals("0x0000_0000_0000_0000", CsvFormat.seed(0));
        assertEquals("0xffff_ffff_ffff_ffff", CsvFormat.seed(-1));
        assertEquals("0x8000_0000_0000_0000", CsvFormat.seed(Long.MIN_VALUE));
        assertEquals("0x7fff_ffff_ffff_ffff", CsvFormat.seed(Long.MAX_VALUE));
    }

    @Test
    void everySeedReadsBackExactlyAndIsNeverTakenForANumber() {
        SplittableRandom random = new SplittableRandom(1);
        List<Long> seeds = new ArrayList<>();
        for (long s : SEEDS) {
            seeds.add(s);
        }
        for (int i = 0; i < 10_000; i++) {
            seeds.add(random.nextLong());
            seeds.add(random.nextLong(1000)); // small ones too: their hex is mostly digits
        }
        for (long seed : seeds) {
            String text = CsvFormat.seed(seed);
            assertEquals(seed, parse(text), text);
            assertEquals(21, text.length(), text);
            assertFalse(READ_AS_NUMBER.matcher(text).matches(), text + " would be read as a (rounded) number");
            assertEquals(text, CsvFormat.text(text), "never needs quotes");
        }
        // The check has teeth: the spellings a reader would round are caught.
        for (String number : List.of("0x9e3779b97f4a7c15", "-7046029254386353131", "1e5", "0x0000000000000007")) {
            assertTrue(READ_AS_NUMBER.matcher(number).matches(), number);
        }
    }

    @Test
    void runsCsvAndTheManifestSpellEverySeedTheSameWay() throws IOException {
        List<SeriesKey> series = List.of(new SeriesKey("pledged_share", "all"));
        double[][] values = {{0.0}, {0.5}};
        long[] replicationSeeds = {0x9E3779B97F4A7C15L, 42};
        try (RunsCsv runs = new RunsCsv(folder)) {
            for (int r = 0; r < replicationSeeds.length; r++) {
                runs.write(new ReplicationResult(r, replicationSeeds[r], null,
                        MetricTableFixture.table(series, 2010, 1, values), 0.0));
            }
            runs.finish();
        }
        List<String> rows = Files.readAllLines(folder.resolve(RunsCsv.FILE));
        assertEquals("0,0x9e37_79b9_7f4a_7c15,0.5,2011,2011,NA,2010", rows.get(1));
        assertEquals("1,0x0000_0000_0000_002a,0.5,2011,2011,NA,2010", rows.get(2));

        long runSeed = 1234567890123456789L; // above 2^53: a double would make it ...768
        RunManifest manifest = new RunManifest("dev", "tiny", "a test", List.of("tiny.json"), List.of(), runSeed, 2,
                1, List.of(new RunOutput.ReplicationRecord(0, replicationSeeds[0], 0.5),
                new RunOutput.ReplicationRecord(1, replicationSeeds[1], 0.5)),
                new ObjectMapper().createObjectNode().put("seed", 1), "17", Instant.EPOCH, Instant.EPOCH, 0,
                List.of());
        JsonNode json = new ObjectMapper().readTree(ManifestJson.write(folder, manifest).toFile());
        assertEquals(runSeed, json.get("seed").asLong(), "the number stays, exact for 64-bit readers");
        assertEquals(CsvFormat.seed(runSeed), json.get("seedHex").asText());
        assertEquals(runSeed, parse(json.get("seedHex").asText()));
        for (int r = 0; r < replicationSeeds.length; r++) {
            JsonNode run = json.at("/replicationRuns/" + r);
            assertEquals(replicationSeeds[r], run.get("seed").asLong());
            assertEquals(rows.get(r + 1).split(",")[1], run.get("seedHex").asText(), "as in runs.csv");
        }
        assertTrue(json.at("/resolvedScenario/seed").isIntegralNumber(), "a scenario's seed stays a number");
    }

    static boolean rscriptInstalled() {
        try {
            Process p = new ProcessBuilder("Rscript", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Where R is installed: read.csv, with no options, gives back the seeds exactly (as text). */
    @Test
    @EnabledIf("rscriptInstalled")
    void rReadsTheSeedsOfRunsCsvExactly() throws Exception {
        StringBuilder csv = new StringBuilder("replication,seed\n");
        for (int i = 0; i < SEEDS.length; i++) {
            csv.append(i).append(',').append(CsvFormat.seed(SEEDS[i])).append('\n');
        }
        Path file = Files.writeString(folder.resolve("runs.csv"), csv);
        Process r = new ProcessBuilder("Rscript", "-e",
                "runs <- read.csv(commandArgs(TRUE)[1]); cat(class(runs$seed), runs$seed, sep = '\\n')",
                file.toString()).redirectErrorStream(true).start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(r.waitFor(60, TimeUnit.SECONDS), "Rscript finished");
        List<String> lines = out.lines().toList();
        assertEquals("character", lines.get(0), out);
        for (int i = 0; i < SEEDS.length; i++) {
            assertEquals(SEEDS[i], parse(lines.get(i + 1)), out);
        }
    }
}
