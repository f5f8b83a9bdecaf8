package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --label}: names the run folder in output/ and is recorded in the manifest; an unsafe label is refused. */
class RunLabelTest {
    private static final String STAMP = "\\d{8}-\\d{6}";

    @TempDir
    Path dir;
    private CommandLineFixture cli;
    private String tiny;

    @BeforeEach
    void writeScenario() throws IOException {
        cli = new CommandLineFixture(dir);
        tiny = Files.writeString(dir.resolve("tiny.json"), CommandLineFixture.TINY).toString();
    }

    @Test
    void aLabelNamesTheRunFolderAndIsRecorded() throws IOException {
        assertEquals(0, cli.run("run", tiny, "--quiet", "--no-charts", "--seed", "12", "--label", "peer-0.4_high",
                "--set", "rules.peerInfluence.weight=0.4"), cli.err());
        List<String> runs = CommandLineFixture.entries(dir.resolve("output"));
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).matches("peer-0\\.4_high-" + STAMP + "-seed12"), runs.get(0));
        assertEquals(dir.resolve("output").resolve(runs.get(0)).toString(), cli.out().strip(), "printed as written");
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("output").resolve(runs.get(0))
                .resolve("manifest.json").toFile());
        assertEquals("peer-0.4_high", manifest.get("label").asText());
        assertEquals("tiny", manifest.at("/scenario/name").asText(), "the scenario keeps its name");
    }

    @Test
    void withoutALabelTheFolderIsNamedByTheScenarioAsBefore() throws IOException {
        assertEquals(0, cli.run("run", tiny, "--quiet", "--no-charts"), cli.err());
        List<String> runs = CommandLineFixture.entries(dir.resolve("output"));
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).matches("tiny-" + STAMP + "-seed7"), runs.get(0));
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("output").resolve(runs.get(0))
                .resolve("manifest.json").toFile());
        assertTrue(manifest.get("label").isNull(), "no label: " + manifest.get("label"));
    }

    @Test
    void aLabelThatIsNotASafeFileNameIsRefused() throws IOException {
        for (String label : List.of("a/b", "../up", "a\\b", ".hidden", "-x", "two words", "café", "a:b", "",
                "x".repeat(101))) {
            assertEquals(2, cli.run("run", tiny, "--quiet", "--no-charts", "--label=" + label), label);
            assertEquals("polycentric run: --label: '" + label + "' is not allowed; use letters A-Z a-z, digits, '.',"
                    + " '_' and '-' (no path separators or spaces), not starting with '.' or '-', at most 100"
                    + " characters (see 'polycentric run --help')", cli.err().strip(), label);
            cli.assertOneLineNoStackTrace();
            assertEquals(List.of("tiny.json"), CommandLineFixture.entries(dir), "nothing written for " + label);
        }
        assertEquals(0, cli.run("run", tiny, "--quiet", "--no-charts", "--label", "x".repeat(100)), cli.err());
    }
}
