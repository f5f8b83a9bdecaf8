package org.polycentric.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.experiment.spec.ExperimentLoader;
import org.polycentric.model.rules.RuleCatalogue;

/**
 * The promise behind "a kill loses no finished run": whenever the sweep counts a run as done, its
 * row is already in the folder, in runs.csv or in runs.pending.csv, and runs.csv holds a prefix of
 * the runs in order. Checked at every step of a sweep on 2 threads, where runs finish out of order.
 */
class SweepRunnerTest {
    @TempDir
    Path dir;

    @Test
    void everyRunCountedAsDoneIsAlreadyOnDisk() throws Exception {
        Files.writeString(dir.resolve("tiny.json"), """
                { "name": "tiny", "description": "A small world for tests.", "seed": 7, "replications": 1,
                  "time": { "startYear": 2005, "endYear": 2009, "stepsPerYear": 4 },
                  "world": { "cities": 200, "firms": { "count": 500 } } }
                """);
        Files.writeString(dir.resolve("exp.json"), """
                { "name": "onDisk", "description": "Runs of uneven length: the world's size varies.",
                  "scenario": "tiny.json", "seed": 3, "replications": 3,
                  "parameters": [ { "path": "world.cities", "min": 100, "max": 3000, "integer": true, "log": true } ],
                  "design": { "kind": "latinHypercube", "points": 10 },
                  "outcomes": [ { "name": "pledged", "metric": "pledged_share", "kind": "final" } ] }
                """);
        SweepPlan plan = new SweepPlan(new ExperimentLoader(RuleCatalogue.STANDARD).load(dir.resolve("exp.json")));
        Path folder = dir.resolve("sweep");
        int[] checks = {0};
        int[] outOfOrder = {0};
        SweepRunner.Listener audit = new SweepRunner.Listener() {
            @Override
            public void progress(long done, long total) {
                try {
                    List<String> inOrder = Files.readAllLines(folder.resolve(SweepFiles.RUNS));
                    for (int i = 1; i < inOrder.size(); i++) {
                        assertEquals(i - 1, SweepFiles.leadingNumber(inOrder.get(i)), "runs.csv holds runs 0, 1, ...");
                    }
                    Set<Long> onDisk = new HashSet<>();
                    inOrder.stream().skip(1).forEach(r -> onDisk.add(SweepFiles.leadingNumber(r)));
                    Path pending = folder.resolve(SweepFiles.PENDING);
                    if (Files.exists(pending)) {
                        for (String r : Files.readAllLines(pending)) {
                            if (onDisk.add(SweepFiles.leadingNumber(r))) {
                                outOfOrder[0]++;
                            }
                        }
                    }
                    assertEquals(done, onDisk.size(), "every run counted as done is on disk");
                    checks[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        SweepRunner.Result result = SweepRunner.standard().run(plan, Shard.ALL, folder, false, 2, audit);
        assertEquals(30, result.done());
        assertEquals(30, checks[0], "checked after every run");
        System.out.printf("30 runs on 2 threads: %d times a finished run waited in %s for an earlier one%n",
                outOfOrder[0], SweepFiles.PENDING);
        assertTrue(Files.notExists(folder.resolve(SweepFiles.PENDING)));
    }
}
