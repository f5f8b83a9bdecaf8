package org.polycentric.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Everything needed to trace a run folder back to what produced it and to run it again: software
 * and Java versions, the scenario (its files, the overrides and the resolved tree), the seeds, the
 * threads, timings and the files written. Timings live only here, never in the CSV files, so those
 * stay byte-identical from one run of the same scenario and seed to the next.
 *
 * @param scenarioFiles    the scenario file first, then the files it extends
 * @param resolvedScenario the scenario tree as bound, with every default and override applied
 * @param files            names of the files in the run folder, this manifest included
 * @param label            the user's name for the run ({@code run --label}), or null
 */
public record RunManifest(
        String version,
        String scenarioName,
        String description,
        List<String> scenarioFiles,
        List<String> overrides,
        long seed,
        int replications,
        int threads,
        List<RunOutput.ReplicationRecord> replicationRuns,
        ObjectNode resolvedScenario,
        String javaVersion,
        Instant startedAt,
        Instant endedAt,
        double wallSeconds,
        List<String> files,
        String label) {

    public RunManifest {
        scenarioFiles = List.copyOf(scenarioFiles);
        overrides = List.copyOf(overrides);
        replicationRuns = List.copyOf(replicationRuns);
        files = List.copyOf(files);
    }

    /** A run without a label. */
    public RunManifest(String version, String scenarioName, String description, List<String> scenarioFiles,
                       List<String> overrides, long seed, int replications, int threads,
                       List<RunOutput.ReplicationRecord> replicationRuns, ObjectNode resolvedScenario,
                       String javaVersion, Instant startedAt, Instant endedAt, double wallSeconds, List<String> files) {
        this(version, scenarioName, description, scenarioFiles, overrides, seed, replications, threads,
                replicationRuns, resolvedScenario, javaVersion, startedAt, endedAt, wallSeconds, files, null);
    }
}
