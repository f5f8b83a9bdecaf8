package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void recordsWhatIsNeededToRunAgain() throws IOException {
        ObjectNode tree = MAPPER.createObjectNode().put("name", "tiny").put("seed", 1).put("replications", 1);
        tree.putObject("time").put("startYear", 2005);
        RunManifest manifest = new RunManifest("0.1.0", "tiny", "a test", List.of("tiny.json", "base.json"),
                List.of("world.cities=200"), 42, 2, 2,
                List.of(new RunOutput.ReplicationRecord(0, 11, 0.5), new RunOutput.ReplicationRecord(1, 12, 0.25)),
                tree, "17.0.15", Instant.parse("2025-01-02T03:04:05Z"), Instant.parse("2025-01-02T03:04:06.5Z"),
                1.5, List.of("manifest.json", "runs.csv"));

        Path file = ManifestJson.write(folder, manifest);
        String text = Files.readString(file);
        assertTrue(text.contains("\n  \"scenario\""), "pretty-printed");
        JsonNode json = MAPPER.readTree(text);
        assertEquals("0.1.0", json.get("polycentricVersion").asText());
        assertEquals("tiny.json", json.at("/scenario/files/0").asText());
        assertEquals("world.cities=200", json.at("/scenario/overrides/0").asText());
        assertEquals(42, json.get("seed").asLong());
        assertEquals(12, json.at("/replicationRuns/1/seed").asLong());
        assertEquals(0.25, json.at("/replicationRuns/1/seconds").asDouble());
        assertEquals("2025-01-02T03:04:05Z", json.get("startedAt").asText());
        assertEquals("2025-01-02T03:04:06.500Z", json.get("endedAt").asText());
        assertEquals(1.5, json.get("wallSeconds").asDouble());
        assertEquals(List.of("manifest.json", "runs.csv"),
                MAPPER.convertValue(json.get("files"), List.class));
        // The resolved scenario carries the seed and replications actually used, and the input is untouched.
        assertEquals(42, json.at("/resolvedScenario/seed").asLong());
        assertEquals(2, json.at("/resolvedScenario/replications").asInt());
        assertEquals(2005, json.at("/resolvedScenario/time/startYear").asInt());
        assertEquals(1, tree.get("seed").asInt());
    }
}
