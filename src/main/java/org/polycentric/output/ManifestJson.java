package org.polycentric.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code manifest.json}, pretty-printed, with its keys in a fixed, readable order. Every seed
 * is a JSON number (exact for readers with 64-bit integers) and, beside it as {@code seedHex}, the
 * text of {@link CsvFormat#seed}: R's jsonlite and JavaScript read JSON numbers as doubles, which
 * lose digits beyond 2^53, but keep a string exact.
 */
public final class ManifestJson {
    public static final String FILE = "manifest.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    /** Writes the manifest into {@code folder} and returns the file. */
    public static Path write(Path folder, RunManifest manifest) throws IOException {
        Path file = folder.resolve(FILE);
        Files.write(file, MAPPER.writeValueAsBytes(toJson(manifest)));
        return file;
    }

    static ObjectNode toJson(RunManifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("polycentricVersion", m.version());
        root.put("label", m.label());
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", m.scenarioName());
        scenario.put("description", m.description());
        strings(scenario.putArray("files"), m.scenarioFiles());
        strings(scenario.putArray("overrides"), m.overrides());
        root.put("seed", m.seed());
        root.put("seedHex", CsvFormat.seed(m.seed()));
        root.put("replications", m.replications());
        root.put("threads", m.threads());
        ArrayNode runs = root.putArray("replicationRuns");
        for (RunOutput.ReplicationRecord r : m.replicationRuns()) {
            runs.addObject().put("replication", r.replication()).put("seed", r.seed())
                    .put("seedHex", CsvFormat.seed(r.seed())).put("seconds", r.seconds());
        }
        root.put("javaVersion", m.javaVersion());
        root.put("startedAt", m.startedAt().toString());
        root.put("endedAt", m.endedAt().toString());
        root.put("wallSeconds", m.wallSeconds());
        strings(root.putArray("files"), m.files());
        root.set("resolvedScenario", asRun(m));
        return root;
    }

    /**
     * The resolved tree with the seed and replication count that were actually used (the command
     * line may change both), so the manifest's scenario alone reproduces the run.
     */
    private static ObjectNode asRun(RunManifest m) {
        return resolvedScenario(m.resolvedScenario(), m.seed(), m.replications());
    }

    /**
     * A copy of a resolved scenario tree with the seed and replication count of the run: what the
     * manifest records as {@code resolvedScenario} (and {@code polycentric show} prints).
     */
    public static ObjectNode resolvedScenario(ObjectNode tree, long seed, int replications) {
        ObjectNode copy = tree.deepCopy();
        copy.put("seed", seed);
        copy.put("replications", replications);
        return copy;
    }

    /** {@code json} as the manifest writes it: pretty-printed, keys in their order, no final newline. */
    public static String pretty(ObjectNode json) throws IOException {
        return MAPPER.writeValueAsString(json);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
