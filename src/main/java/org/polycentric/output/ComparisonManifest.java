package org.polycentric.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json} of a comparison: what a run's manifest says ({@link ManifestJson}), once per
 * arm (label, scenario files, {@code --set} overrides, the resolved scenario with the comparison's
 * seed and replications), then what the arms share: the seed and every replication's seed (the same
 * in every arm), the outcomes, the chart's caption, threads, versions, timings and the files.
 * Seeds are JSON numbers with {@code seedHex} text beside them, as in a run's manifest.
 *
 * @param outcomes the outcomes as their file (or the default set) gives them
 * @param files    names of the files in the folder, this manifest included
 */
public record ComparisonManifest(String version, List<Arm> arms, long seed, int replications,
                                 List<Long> replicationSeeds, int threads, JsonNode outcomes, String outcomesFile,
                                 String caption, String javaVersion, Instant startedAt, Instant endedAt,
                                 double wallSeconds, List<String> files) {

    /**
     * One arm: its label, scenario name, the scenario file and those it extends, its overrides, the
     * resolved scenario tree, and the seconds its replications took in all (summed over threads).
     */
    public record Arm(String label, String scenarioName, List<String> scenarioFiles, List<String> overrides,
                      ObjectNode resolvedScenario, double replicationSeconds) {
        public Arm {
            scenarioFiles = List.copyOf(scenarioFiles);
            overrides = List.copyOf(overrides);
        }
    }

    public ComparisonManifest {
        arms = List.copyOf(arms);
        replicationSeeds = List.copyOf(replicationSeeds);
        files = List.copyOf(files);
    }

    /** Writes the manifest into {@code folder} as {@link ManifestJson#FILE} and returns the file. */
    public Path write(Path folder) throws IOException {
        Path file = folder.resolve(ManifestJson.FILE);
        Files.writeString(file, ManifestJson.pretty(toJson()), StandardCharsets.UTF_8);
        return file;
    }

    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("polycentricVersion", version);
        root.put("command", "compare");
        ArrayNode armList = root.putArray("arms");
        for (int k = 0; k < arms.size(); k++) {
            Arm arm = arms.get(k);
            ObjectNode a = armList.addObject();
            a.put("arm", k);
            a.put("label", arm.label());
            a.put("reference", k == 0);
            ObjectNode scenario = a.putObject("scenario");
            scenario.put("name", arm.scenarioName());
            arm.scenarioFiles().forEach(scenario.putArray("files")::add);
            arm.overrides().forEach(scenario.putArray("overrides")::add);
            a.put("replicationSeconds", arm.replicationSeconds());
            a.set("resolvedScenario", ManifestJson.resolvedScenario(arm.resolvedScenario(), seed, replications));
        }
        root.put("seed", seed);
        root.put("seedHex", CsvFormat.seed(seed));
        root.put("replications", replications);
        ArrayNode seeds = root.putArray("replicationSeeds");
        for (int r = 0; r < replicationSeeds.size(); r++) {
            long s = replicationSeeds.get(r);
            seeds.addObject().put("replication", r).put("seed", s).put("seedHex", CsvFormat.seed(s));
        }
        root.put("outcomesFile", outcomesFile);
        root.set("outcomes", outcomes);
        root.put("caption", caption);
        root.put("threads", threads);
        root.put("javaVersion", javaVersion);
        root.put("startedAt", startedAt.toString());
        root.put("endedAt", endedAt.toString());
        root.put("wallSeconds", wallSeconds);
        files.forEach(root.putArray("files")::add);
        return root;
    }
}
