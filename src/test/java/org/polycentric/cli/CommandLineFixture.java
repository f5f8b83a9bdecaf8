package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line run in this JVM as if started in {@code workingDir} from this build's
 * installation (the repository, two levels above target/classes), with its output captured.
 */
final class CommandLineFixture {
    /** 200 cities and one open network over three years: a run takes a fraction of a second. */
    static final String TINY = """
            {
              "name": "tiny",
              "description": "A small world for tests. It has one network.",
              "seed": 7,
              "replications": 1,
              "time": { "startYear": 2005, "endYear": 2008, "stepsPerYear": 4 },
              "world": {
                "cities": 200,
                "firms": { "count": 500 },
                "networks": [ { "name": "C40", "foundingYear": 2005, "policy": "open", "region": null,
                                "initialMembers": 0, "yearlyIntake": 20, "maxMembers": 100, "standards": true, "mentoring": false } ]
              }
            }
            """;
    /** The CSV files a run writes: the same scenario and seed must give the same bytes. */
    static final List<String> CSV_FILES = List.of("timeseries.csv", "summary.csv", "cities.csv", "events.csv",
            "runs.csv");

    final Path workingDir;
    private final Path installRoot;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    CommandLineFixture(Path workingDir) {
        this(workingDir, ShippedScenarios.installRoot());
    }

    /** As if installed at {@code installRoot} (e.g. a folder without scenarios/). */
    CommandLineFixture(Path workingDir, Path installRoot) {
        this.workingDir = workingDir;
        this.installRoot = installRoot;
    }

    /** Runs {@code polycentric args...} and returns its exit code; out() and err() hold what it printed. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PolycentricCommand.execute(new PolycentricCommand(workingDir, installRoot),
                new PrintWriter(out, true), new PrintWriter(err, true), false, args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** A bad-input message: exactly one line, no stack trace. */
    void assertOneLineNoStackTrace() {
        assertEquals(1, err().strip().split("\\R").length, "one line: " + err());
        assertFalse(err().contains("\tat "), err());
        assertFalse(err().contains("Exception"), err());
    }

    /** The repository this build runs from: its scenarios/ are the shipped ones. */
    static Path repository() {
        return ShippedScenarios.installRoot();
    }

    /** The names in {@code folder}, hidden ones included, sorted. */
    static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
