package org.polycentric.world;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.polycentric.model.BuildProgress;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.World;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioLoader;

/**
 * Time to build the real-data world (issue #12: under 1 s for the 4,400 cities of at least 100,000
 * people, under 10 s for the 107,000 of at least 1,000), in one JVM, repeated; the first build also
 * reads the data files. bench/real-world-build.sh runs it. Timings belong here, not in the tests.
 *
 * <p>Arguments: repetitions (default 5).
 */
final class RealWorldBuildBench {

    private RealWorldBuildBench() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ScenarioLoader loader = new ScenarioLoader(RuleCatalogue.STANDARD);
        Path file = Path.of("scenarios", "world-2005.json");
        System.out.printf("%-36s %8s %9s %9s %9s%n", "world", "cities", "first s", "best s", "median s");
        for (List<String> overrides : List.of(List.<String>of(),
                List.of("world.minPopulation=1000", "world.cities=200000"))) {
            Scenario s = loader.load(file, overrides).value();
            double[] seconds = new double[repetitions];
            int cities = 0;
            for (int rep = 0; rep < repetitions; rep++) {
                long start = System.nanoTime();
                World w = new StandardWorldSource().build(s, new RandomStreams(rep + 1), BuildProgress.NONE);
                seconds[rep] = (System.nanoTime() - start) / 1e9;
                cities = w.cities().count();
            }
            double[] rest = repetitions > 1 ? Arrays.copyOfRange(seconds, 1, repetitions) : seconds.clone();
            Arrays.sort(rest);
            System.out.printf("%-36s %8d %9.3f %9.3f %9.3f%n", overrides.isEmpty() ? "world-2005 (floor 100,000)"
                    : "world-2005, floor 1,000", cities, seconds[0], rest[0], rest[rest.length / 2]);
        }
    }
}
